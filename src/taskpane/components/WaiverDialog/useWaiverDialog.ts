import { useRef, useState, type FormEvent } from "react";
import type { Finding } from "../../../core/finding";
import type { WaiverInput } from "../../../core/port";
import { serialOfYmd } from "../../../core/read/dates";
import { usePaneT, useRuleTitle } from "../../i18n";
import { findingKey } from "../../model/findingGroups";
import { portErrorMessage } from "../../model/portError";
import type { WaiverDialogProps, WaiverDialogState, WaiverForm } from "./WaiverDialog.types";

/** An <input type="date"> value (yyyy-mm-dd) as an Excel serial; undefined when blank or not a date. */
export function serialOfDateInput(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  return m ? serialOfYmd(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

const EMPTY_FORM: WaiverForm = { reason: "", until: "", owner: "", tried: false };

export function useWaiverDialog({
  finding,
  onDismiss,
  onSubmit,
}: WaiverDialogProps): WaiverDialogState {
  const t = usePaneT();
  const title = useRuleTitle();
  const shown = useRef<Finding | null>(finding);
  if (finding) shown.current = finding;
  const current = shown.current;

  const [form, setForm] = useState<WaiverForm>(EMPTY_FORM);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // A fresh form for each finding the dialog opens on.
  const key = finding ? findingKey(finding) : null;
  const [formKey, setFormKey] = useState(key);
  if (key !== null && key !== formKey) {
    setFormKey(key);
    setForm(EMPTY_FORM);
    setError(null);
  }

  const reasonError = form.tried && !form.reason.trim() ? t("waiveReasonRequired") : null;
  const update = (patch: Partial<WaiverForm>): void => setForm((f) => ({ ...f, ...patch }));

  const submit = async (): Promise<void> => {
    update({ tried: true });
    if (!current || !form.reason.trim() || saving) return;
    const waiver: WaiverInput = {
      rule: current.rule,
      target: current.address,
      reason: form.reason.trim(),
    };
    const until = serialOfDateInput(form.until);
    if (until !== undefined) waiver.until = until;
    if (form.owner.trim()) waiver.owner = form.owner.trim();
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
    open: finding !== null,
    finding: current,
    ruleTitle: current ? title(current.rule) : "",
    form,
    reasonError,
    saving,
    error,
    setReason: (reason) => update({ reason }),
    setUntil: (until) => update({ until }),
    setOwner: (owner) => update({ owner }),
    onSubmit: (e: FormEvent) => {
      e.preventDefault();
      void submit();
    },
    onDismiss,
    dismissError: () => setError(null),
  };
}
