/** "Waive…": asks for a reason (required), an optional until date and owner, then writes a Waivers row. */
import { renderWaiverDialog } from "./renderWaiverDialog";
import { useWaiverDialog } from "./useWaiverDialog";
import { useWaiverDialogStyles } from "./useWaiverDialogStyles.styles";
import type { WaiverDialogProps } from "./WaiverDialog.types";

export function WaiverDialog(props: WaiverDialogProps) {
  const state = useWaiverDialog(props);
  return renderWaiverDialog(state, useWaiverDialogStyles());
}
