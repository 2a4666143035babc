/** What a finding in the list can do, provided once by the Validate tab instead of threaded through every level. */
import { createContext, useContext } from "react";
import type { Finding } from "../../core/finding";

export interface FindingActions {
  /** The key (findingKey) of the selected finding. */
  selectedKey: string | null;
  /** Selects the finding and its cell in the workbook. */
  select(finding: Finding): void;
  /** Selects any cell (a related cell). */
  goTo(address: string): void;
  /** Opens the waiver dialog for the finding. */
  waive(finding: Finding): void;
}

const noop = (): void => undefined;

export const FindingActionsContext = createContext<FindingActions>({
  selectedKey: null,
  select: noop,
  goTo: noop,
  waive: noop,
});

export function useFindingActions(): FindingActions {
  return useContext(FindingActionsContext);
}
