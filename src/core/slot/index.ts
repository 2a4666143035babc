/** The event slot (资源整合): which product goes on the month's official activity. */
export * from "./eventSlot";
export * from "./salesRates";
