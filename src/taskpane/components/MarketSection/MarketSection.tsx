/**
 * The market's price bands (市场分析, 大盘) for a category — units and revenue by band side by side, the store's
 * share, the months' seasonality, where our list and promo prices fall — and our products against competitors.
 */
import type { MarketSectionProps } from "./MarketSection.types";
import { renderMarketSection } from "./renderMarketSection";
import { useMarketSection } from "./useMarketSection";
import { useMarketSectionStyles } from "./useMarketSectionStyles.styles";

export function MarketSection(props: MarketSectionProps) {
  const state = useMarketSection(props);
  return renderMarketSection(state, useMarketSectionStyles());
}
