import { useLivePlanRead } from "../../hooks/useLivePlanRead";
import { usePortTask } from "../../hooks/usePortTask";
import { usePaneT } from "../../i18n";
import type { MarketTabProps, MarketTabState } from "./MarketTab.types";

export function useMarketTab({ port, lang }: MarketTabProps): MarketTabState {
  const t = usePaneT();
  const { run, busy, error, setError } = usePortTask();
  const { read } = useLivePlanRead(port, run);
  return { t, lang, busy, error, dismissError: () => setError(null), plan: read?.plan ?? null };
}
