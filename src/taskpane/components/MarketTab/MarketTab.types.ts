import type { Plan } from "../../../core/plan";
import type { WorkbookPort } from "../../../core/port";
import type { Lang } from "../../../core/schema/types";
import type { PaneT } from "../../i18n";

export interface MarketTabProps {
  port: WorkbookPort;
  lang: Lang;
}

export interface MarketTabState {
  t: PaneT;
  lang: Lang;
  busy: boolean;
  error: string | null;
  dismissError(): void;
  /** null until the plan was read once. */
  plan: Plan | null;
}
