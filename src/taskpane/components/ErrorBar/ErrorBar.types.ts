import type { PaneT } from "../../i18n";

export interface ErrorBarProps {
  /** The port's error text; nothing renders while null. */
  message: string | null;
  onDismiss(): void;
}

export interface ErrorBarState {
  t: PaneT;
  message: string | null;
  onDismiss(): void;
}
