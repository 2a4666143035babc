import { useId } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Finding } from "../../../core/finding";
import type { WaiverInput } from "../../../core/port";
import { countFindings } from "../../../core/validate";
import type { FindingActions } from "../../hooks/findingActions";
import { useLiveValidation } from "../../hooks/useLiveValidation";
import { usePortTask } from "../../hooks/usePortTask";
import { useValidation } from "../../hooks/useValidation";
import { usePaneLang, usePaneT, useRuleTitle } from "../../i18n";
import { findingKey, NO_FILTER, type FindingFilter } from "../../model/findingGroups";
import { useFindingView } from "./useFindingView";
import type { ValidateTabProps, ValidateTabState } from "./ValidateTab.types";

const NONE: readonly Finding[] = [];
/**
 * While a search leaves at most this many findings, every group with a match opens, so they are all in view. A
 * broader search only narrows the groups (each says how many match): opening thirty lists at every keystroke of a
 * 200,000-finding plan would make typing wait for the pane.
 */
export const SEARCH_OPENS_ALL = 100;
export const AUTO_VALIDATE_KEY = "autoValidate";

export function useValidateTab({ port }: ValidateTabProps): ValidateTabState {
  const t = usePaneT();
  const title = useRuleTitle();
  const lang = usePaneLang();
  const validation = useValidation(port, lang);
  const task = usePortTask();
  const { run } = task;
  // Selecting a cell is quick and must not grey out the other actions: its own task, its own error.
  const selecting = usePortTask();
  const runSelect = selecting.run;
  const [notice, setNotice] = useState<string | null>(null);
  const [filter, setFilter] = useState<FindingFilter>(NO_FILTER);
  const [selectedKey, setSelectedKey] = useState<string | null>(null);
  const [waiveTarget, setWaiveTarget] = useState<Finding | null>(null);
  const [live, setLiveState] = useState(true);
  // The toggle lives in the workbook (document settings), so co-authors share it.
  useEffect(() => {
    let current = true;
    port
      .getSetting(AUTO_VALIDATE_KEY)
      .then((v) => {
        if (current && v !== undefined) setLiveState(v !== "false");
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [port]);
  const setLive = useCallback(
    (on: boolean) => {
      setLiveState(on);
      void port.setSetting(AUTO_VALIDATE_KEY, String(on)).catch(() => undefined);
    },
    [port]
  );
  const waivedHeadingId = useId("waived-");
  const waivedHeadingRef = useRef<HTMLHeadingElement>(null);
  // After a waiver its finding leaves the list (with the button that opened the dialog): focus goes to the waived ones.
  const [focusWaived, setFocusWaived] = useState(false);

  const { validate: runValidation } = validation;
  const findings = validation.findings;
  useLiveValidation(port, live && findings !== null, runValidation);

  const all = findings ?? NONE;
  const { index, view, shownFilter } = useFindingView(all, filter, title);
  const counts = useMemo(() => countFindings(all), [all]);

  useEffect(() => {
    if (!focusWaived || validation.busy) return;
    setFocusWaived(false);
    waivedHeadingRef.current?.focus();
  }, [focusWaived, validation.busy, findings]);

  const validate = useCallback(() => {
    setNotice(null);
    void runValidation();
  }, [runValidation]);

  const actions: FindingActions = useMemo(
    () => ({
      selectedKey,
      select: (f) => {
        setSelectedKey(findingKey(f));
        void runSelect(() => port.select(f.address));
      },
      goTo: (address) => void runSelect(() => port.select(address)),
      waive: (f) => setWaiveTarget(f),
    }),
    [selectedKey, runSelect, port]
  );

  const act = (work: () => Promise<void>, done: string): void => {
    setNotice(null);
    void run(async () => {
      await work();
      setNotice(done);
    });
  };

  return {
    t,
    validating: validation.busy,
    acting: task.busy,
    error: task.error ?? selecting.error ?? validation.error,
    dismissError: () => {
      task.setError(null);
      selecting.setError(null);
      validation.setError(null);
    },
    notice,
    validate,
    live,
    setLive,
    findings,
    hasPlan: validation.hasPlan,
    counts,
    allClear: counts.error + counts.warning === 0,
    filter,
    setFilter,
    sheets: index.sheets,
    groups: view.groups,
    waived: view.waived,
    expandAll: shownFilter.query.trim() !== "" && view.shown <= SEARCH_OPENS_ALL,
    waivedHeadingId,
    waivedHeadingRef,
    shown: view.shown,
    total: all.length,
    highlight: () =>
      act(
        () =>
          port.highlight(
            all.filter((f) => !f.waived).map((f) => ({ address: f.address, severity: f.severity }))
          ),
        t("highlighted", { count: index.active })
      ),
    clearHighlights: () => act(() => port.clearHighlights(), t("highlightsCleared")),
    writeFindings: () =>
      act(() => port.writeFindings(all, lang), t("findingsWritten", { count: all.length })),
    actions,
    waiveTarget,
    closeWaiver: () => setWaiveTarget(null),
    submitWaiver: async (waiver: WaiverInput) => {
      await port.addWaiver(waiver, lang);
      setWaiveTarget(null);
      setNotice(t("waiverAdded", { rule: title(waiver.rule), address: waiver.target }));
      await runValidation();
      setFocusWaived(true);
    },
  };
}
