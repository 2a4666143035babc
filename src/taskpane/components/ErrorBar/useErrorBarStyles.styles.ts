import { makeStyles, tokens } from "@fluentui/react-components";

export const useErrorBarStyles = makeStyles({
  text: { display: "block", marginTop: tokens.spacingVerticalXXS, overflowWrap: "anywhere" },
});

export type ErrorBarClasses = ReturnType<typeof useErrorBarStyles>;
