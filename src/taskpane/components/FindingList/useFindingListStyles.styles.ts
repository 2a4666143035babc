import { makeStyles, tokens } from "@fluentui/react-components";

export const useFindingListStyles = makeStyles({
  list: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: "none",
  },
  more: { alignSelf: "flex-start" },
});

export type FindingListClasses = ReturnType<typeof useFindingListStyles>;
