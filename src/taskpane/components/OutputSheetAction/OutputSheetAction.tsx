/** The top of a tab whose button writes an output sheet: the button with its note, the error bar, the busy / result line. */
import { Body1, Button, Caption1, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { ErrorBar } from "../ErrorBar/ErrorBar";

export interface OutputSheetActionProps {
  label: string;
  enabled: boolean;
  /** The note's id: the button is described by it. */
  noteId: string;
  note: string;
  onClick(): void;
  error: string | null;
  errorNext: string | undefined;
  onDismissError(): void;
  busy: boolean;
  busyLabel: string;
  status: string | null;
}

const useStyles = makeStyles({
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  button: { width: "100%", maxWidth: "100%" },
  note: { color: tokens.colorNeutralForeground3 },
});

export function OutputSheetAction(props: OutputSheetActionProps) {
  const classes = useStyles();
  return (
    <>
      <div className={classes.actions}>
        <Button
          className={classes.button}
          appearance="primary"
          // Focusable while disabled: keyboard and screen reader users still reach the note saying why.
          disabledFocusable={!props.enabled}
          aria-describedby={props.noteId}
          onClick={props.onClick}
        >
          {props.label}
        </Button>
        <Caption1 id={props.noteId} className={classes.note}>
          {props.note}
        </Caption1>
      </div>
      <ErrorBar message={props.error} next={props.errorNext} onDismiss={props.onDismissError} />
      <div aria-live="polite" aria-busy={props.busy}>
        {props.busy && <Spinner size="tiny" label={props.busyLabel} />}
        {props.status && <Body1 as="p">{props.status}</Body1>}
      </div>
    </>
  );
}
