/** The "Warehousing" summary: orders share per region, regions not served locally, delivery days a split warehouse saves. */
import type { WarehousingSectionProps } from "./WarehousingSection.types";
import { renderWarehousingSection } from "./renderWarehousingSection";
import { useWarehousingSection } from "./useWarehousingSection";
import { useWarehousingSectionStyles } from "./useWarehousingSectionStyles.styles";

export function WarehousingSection(props: WarehousingSectionProps) {
  const state = useWarehousingSection(props);
  return renderWarehousingSection(state, useWarehousingSectionStyles());
}
