/**
 * The "Warehousing" summary: orders share per region, regions not served locally, delivery days a split warehouse
 * saves; and "Fill Regions suggestions", which writes the Regions sheet's Suggestion column from the same summary.
 */
import type { WarehousingSectionProps } from "./WarehousingSection.types";
import { renderWarehousingSection } from "./renderWarehousingSection";
import { useWarehousingSection } from "./useWarehousingSection";
import { useWarehousingSectionStyles } from "./useWarehousingSectionStyles.styles";

export function WarehousingSection(props: WarehousingSectionProps) {
  const state = useWarehousingSection(props);
  return renderWarehousingSection(state, useWarehousingSectionStyles());
}
