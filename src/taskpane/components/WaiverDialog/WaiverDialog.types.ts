import type { FormEvent } from "react";
import type { Finding } from "../../../core/finding";
import type { WaiverInput } from "../../../core/port";
import type { PaneT } from "../../i18n";

export interface WaiverDialogProps {
  /** The finding to waive; null keeps the dialog closed. The Dialog stays mounted: Fluent restores the page's
   * accessibility (aria-hidden) when it closes, not reliably when it is unmounted while open. */
  finding: Finding | null;
  onDismiss(): void;
  /** Writes the waiver; a rejection is shown in the dialog, which then stays open. */
  onSubmit(waiver: WaiverInput): Promise<void>;
}

export interface WaiverForm {
  reason: string;
  until: string;
  owner: string;
  /** The planner tried to submit: a blank reason is now an error. */
  tried: boolean;
}

export interface WaiverDialogState {
  t: PaneT;
  open: boolean;
  /** The finding shown (the last one while the dialog animates closed). */
  finding: Finding | null;
  ruleTitle: string;
  form: WaiverForm;
  reasonError: string | null;
  saving: boolean;
  error: string | null;
  setReason(v: string): void;
  setUntil(v: string): void;
  setOwner(v: string): void;
  onSubmit(e: FormEvent): void;
  onDismiss(): void;
  dismissError(): void;
}
