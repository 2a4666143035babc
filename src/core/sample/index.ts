/** The sample plan: data, deliberate breaches, the festival calendar and the Spring Festival table. */
export { samplePlan } from "./samplePlan";
export { SAMPLE_BREACHES, sampleBreachTable, breachAddress } from "./breaches";
export { festivalCalendar, CALENDAR_EVENTS } from "./calendar";
export { springFestival, SPRING_FESTIVAL, SPRING_FESTIVAL_YEARS } from "./springFestival";
export { anchorsOf } from "./anchors";
export type { SampleBreach, SampleSheets, SampleSheetId, FieldRow } from "./types";
