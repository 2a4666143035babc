/** A port error as a Fluent error bar: what failed and what to do next. */
import type { ErrorBarProps } from "./ErrorBar.types";
import { renderErrorBar } from "./renderErrorBar";
import { useErrorBar } from "./useErrorBar";
import { useErrorBarStyles } from "./useErrorBarStyles.styles";

export function ErrorBar(props: ErrorBarProps) {
  const state = useErrorBar(props);
  return renderErrorBar(state, useErrorBarStyles());
}
