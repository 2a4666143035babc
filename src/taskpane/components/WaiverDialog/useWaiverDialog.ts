import { useState, type FormEvent } from "react";
import type { WaiverInput } from "../../../core/port";
import { serialOfYmd } from "../../../core/read/dates";
import { usePaneT, useRuleTitle } from "../../i18n";
import { portErrorMessage } from "../../model/portError";
import type { WaiverDialogProps, WaiverDialogState } from "./WaiverDialog.types";

/** An <input type="date"> value (yyyy-mm-dd) as an Excel serial; undefined when blank or not a date. */
export function serialOfDateInput(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  return m ? serialOfYmd(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

export function useWaiverDialog({ finding, onDismiss, onSubmit }: WaiverDialogProps): WaiverDialogState {
  const t = usePaneT();
  const title = useRuleTitle();
  const [reason, setReason] = useState("");
  const [until, setUntil] = useState("");
  const [owner, setOwner] = useState("");
  const [tried, setTried] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const reasonError = tried && !reason.trim() ? t("waiveReasonRequired") : null;

  const submit = async (): Promise<void> => {
    setTried(true);
    if (!reason.trim() || saving) return;
    const waiver: WaiverInput = { rule: finding.rule, target: finding.address, reason: reason.trim() };
    const untilSerial = serialOfDateInput(until);
    if (untilSerial !== undefined) waiver.until = untilSerial;
    if (owner.trim()) waiver.owner = owner.trim();
    setSaving(true);
    setError(null);
    try {
      await onSubmit(waiver);
    } catch (err) {
      setError(portErrorMessage(err));
    } finally {
      setSaving(false);
    }
  };

  return {
    t,
    ruleTitle: title(finding.rule),
    finding,
    reason,
    until,
    owner,
    reasonError,
    saving,
    error,
    setReason,
    setUntil,
    setOwner,
    onSubmit: (e: FormEvent) => {
      e.preventDefault();
      void submit();
    },
    onDismiss,
    dismissError: () => setError(null),
  };
}
