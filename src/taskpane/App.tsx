/** The task pane's root component; index.tsx (Excel) and the browser preview render it with their workbook port. */
export { App } from "./components/App/App";
export type { AppProps } from "./components/App/App.types";
