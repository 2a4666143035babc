/**
 * Customer service (客服): conversion by agent, shift, weekday and agent × shift, each against its weekday-adjusted
 * expected rate, with the spread between the best and worst group; the groups SERVICE_CONVERSION_LOW reports marked.
 */
import type { ServiceSectionProps } from "./ServiceSection.types";
import { renderServiceSection } from "./renderServiceSection";
import { useServiceSection } from "./useServiceSection";
import { useServiceSectionStyles } from "./useServiceSectionStyles.styles";

export function ServiceSection(props: ServiceSectionProps) {
  const state = useServiceSection(props);
  return renderServiceSection(state, useServiceSectionStyles());
}
