import { makeStyles, tokens } from "@fluentui/react-components";

/** Warnings in amber (Fluent's "warning" badge is yellow), with dark text for contrast. Errors keep Fluent's danger red. */
export const useSeverityBadgeStyles = makeStyles({
  warning: {
    backgroundColor: tokens.colorPaletteMarigoldBackground3,
    color: tokens.colorNeutralForeground1Static,
  },
});
