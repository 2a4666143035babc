/** The Validate tab: runs every rule, shows the findings by rule, selects their cells, marks and waives them. */
import { renderValidateTab } from "./renderValidateTab";
import { useValidateTab } from "./useValidateTab";
import { useValidateTabStyles } from "./useValidateTabStyles.styles";
import type { ValidateTabProps } from "./ValidateTab.types";

export function ValidateTab(props: ValidateTabProps) {
  const state = useValidateTab(props);
  return renderValidateTab(state, useValidateTabStyles());
}
