import { makeStyles } from "@fluentui/react-components";

export const useFindingListStyles = makeStyles({
  // Never taller than this (VIEWPORT_FALLBACK in useFindingList), shorter when its findings need less.
  viewport: { maxHeight: "min(60vh, 480px)", overflowY: "auto", minWidth: 0 },
  list: { position: "relative", margin: 0, padding: 0, listStyleType: "none" },
});

export type FindingListClasses = ReturnType<typeof useFindingListStyles>;
