/** The Market tab: customer-service conversion, the market's price bands and competitors, and the event slot. */
import type { MarketTabProps } from "./MarketTab.types";
import { renderMarketTab } from "./renderMarketTab";
import { useMarketTab } from "./useMarketTab";
import { useMarketTabStyles } from "./useMarketTabStyles.styles";

export function MarketTab(props: MarketTabProps) {
  const state = useMarketTab(props);
  return renderMarketTab(state, useMarketTabStyles());
}
