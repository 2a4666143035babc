import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Body1,
  Button,
  Caption1,
  Spinner,
  Subtitle2,
  Textarea,
} from "@fluentui/react-components";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import type { DiagnosticsLine, DiagnosticsState } from "./Diagnostics.types";
import type { DiagnosticsClasses } from "./useDiagnosticsStyles.styles";

function lines(items: DiagnosticsLine[], classes: DiagnosticsClasses) {
  return (
    <dl className={classes.list}>
      {items.map((l) => (
        <div key={l.label} className={classes.pair}>
          <dt className={classes.label}>{l.label}</dt>
          <dd className={classes.value}>{l.value}</dd>
        </div>
      ))}
    </dl>
  );
}

export function renderDiagnostics(state: DiagnosticsState, classes: DiagnosticsClasses) {
  const { t } = state;
  return (
    <Accordion collapsible>
      <AccordionItem value="diagnostics">
        <AccordionHeader size="small">{t("diagnostics")}</AccordionHeader>
        <AccordionPanel className={classes.panel}>
          {!state.available ? (
            <Caption1 className={classes.note}>{t("diagnosticsUnavailable")}</Caption1>
          ) : (
            <>
              <Caption1 className={classes.note}>{t("diagnosticsIntro")}</Caption1>
              <Button className={classes.button} disabled={state.running} onClick={state.run}>
                {t("diagnosticsRun")}
              </Button>
              <ErrorBar message={state.error} onDismiss={state.dismissError} />
              <div aria-live="polite" aria-busy={state.running}>
                {state.running && <Spinner size="tiny" label={t("diagnosticsRunning")} />}
              </div>
              {state.rows && (
                <>
                  <ul className={classes.checks} aria-label={t("diagnostics")}>
                    {state.rows.map((r) => (
                      <li key={r.id} className={classes.check}>
                        <span className={classes.checkHead}>
                          <Badge appearance="filled" color={r.ok ? "success" : "danger"}>
                            {r.status}
                          </Badge>
                          <Body1>{r.name}</Body1>
                        </span>
                        <Caption1 className={classes.seen}>{r.seen}</Caption1>
                      </li>
                    ))}
                  </ul>
                  <Subtitle2 as="h3">{t("diagnosticsHost")}</Subtitle2>
                  {lines(state.host, classes)}
                  <Subtitle2 as="h3">{t("diagnosticsSets")}</Subtitle2>
                  {lines(state.sets, classes)}
                  <Button className={classes.button} appearance="primary" onClick={state.copy}>
                    {t("diagnosticsCopy")}
                  </Button>
                  <div aria-live="polite">
                    {state.copied === "done" && <Body1 as="p">{t("diagnosticsCopied")}</Body1>}
                    {state.copied === "failed" && (
                      <>
                        <Body1 as="p">{t("diagnosticsCopyFailed")}</Body1>
                        <Textarea
                          className={classes.report}
                          readOnly
                          value={state.report ?? ""}
                          aria-label={t("diagnosticsReport")}
                        />
                      </>
                    )}
                  </div>
                </>
              )}
            </>
          )}
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
