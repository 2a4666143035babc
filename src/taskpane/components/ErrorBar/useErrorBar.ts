import { usePaneT } from "../../i18n";
import type { ErrorBarProps, ErrorBarState } from "./ErrorBar.types";

export function useErrorBar(props: ErrorBarProps): ErrorBarState {
  const t = usePaneT();
  return {
    t,
    message: props.message,
    next: props.next ?? t("errorNext"),
    onDismiss: props.onDismiss,
  };
}
