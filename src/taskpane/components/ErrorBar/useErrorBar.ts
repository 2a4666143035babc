import { usePaneT } from "../../i18n";
import type { ErrorBarProps, ErrorBarState } from "./ErrorBar.types";

export function useErrorBar(props: ErrorBarProps): ErrorBarState {
  return { t: usePaneT(), message: props.message, onDismiss: props.onDismiss };
}
