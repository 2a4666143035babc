import type { PaneT } from "../../i18n";

export interface ErrorBarProps {
  /** The port's error text; nothing renders while null. */
  message: string | null;
  /** What to do next; Excel's usual advice (no cell being edited, try again) when absent. */
  next?: string;
  onDismiss(): void;
}

export interface ErrorBarState {
  t: PaneT;
  message: string | null;
  next: string;
  onDismiss(): void;
}
