import type { useArrowNavigationGroup } from "@fluentui/react-components";
import type { Finding } from "../../../core/finding";
import type { PaneT } from "../../i18n";

export interface FindingListProps {
  findings: readonly Finding[];
  /** The list's accessible name (the group's rule title, or "Waived findings"). */
  label: string;
  showRule?: boolean;
}

export interface FindingListState {
  t: PaneT;
  label: string;
  showRule: boolean;
  /** The findings rendered now: a long list grows page by page. */
  visible: readonly Finding[];
  /** How many more "Show more" reveals. */
  nextPage: number;
  showMore(): void;
  /** Tabster attributes: arrow keys move between the list's items. */
  navigation: ReturnType<typeof useArrowNavigationGroup>;
}
