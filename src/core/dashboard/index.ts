/** The Dashboard sheet (spec §2) as a host-neutral layout: the chart data table and the native charts over it. */
export * from "./types";
export { dashboardLayout, DASHBOARD_GRID, isDashboardTitle, type DashboardOptions } from "./layout";
