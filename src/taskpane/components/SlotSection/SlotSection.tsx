/**
 * The event slot (资源整合): the candidates chosen here ranked by profit, revenue or traffic for the event's visitors,
 * with the numbers behind each rank and the data each estimate rests on.
 */
import type { SlotSectionProps } from "./SlotSection.types";
import { renderSlotSection } from "./renderSlotSection";
import { useSlotSection } from "./useSlotSection";
import { useSlotSectionStyles } from "./useSlotSectionStyles.styles";

export function SlotSection(props: SlotSectionProps) {
  const state = useSlotSection(props);
  return renderSlotSection(state, useSlotSectionStyles());
}
