import type { FormEvent } from "react";
import type { Finding } from "../../../core/finding";
import type { WaiverInput } from "../../../core/port";
import type { PaneT } from "../../i18n";

export interface WaiverDialogProps {
  finding: Finding;
  onDismiss(): void;
  /** Writes the waiver; a rejection is shown in the dialog, which then stays open. */
  onSubmit(waiver: WaiverInput): Promise<void>;
}

export interface WaiverDialogState {
  t: PaneT;
  ruleTitle: string;
  finding: Finding;
  reason: string;
  until: string;
  owner: string;
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
