/** The time zones every date test must pass in (issue 11): UTC, the planners' UTC+8, and UTC−7/−8. */
export const ZONES = ["UTC", "Asia/Shanghai", "America/Los_Angeles"] as const;
