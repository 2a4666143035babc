/** The Ops Planner task pane: Plan, Validate, Budget and Trends tabs over one workbook port, in English or 简体中文. */
import type { AppProps } from "./App.types";
import { renderApp } from "./renderApp";
import { useApp } from "./useApp";
import { useAppStyles } from "./useAppStyles.styles";

export function App(props: AppProps) {
  const state = useApp(props);
  return renderApp(state, useAppStyles());
}
