import { makeStyles, tokens, typographyStyles } from "@fluentui/react-components";
import { useSeverityBadgeStyles } from "../shared/useSeverityBadgeStyles.styles";

const useClasses = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  row: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  wideButton: { width: "100%", maxWidth: "100%" },
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  counts: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  muted: { color: tokens.colorNeutralForeground3 },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { ...typographyStyles.subtitle2, margin: 0 },
});

export function useValidateTabStyles() {
  return { ...useClasses(), badge: useSeverityBadgeStyles() };
}

export type ValidateTabClasses = ReturnType<typeof useValidateTabStyles>;
