/** The annual product calendar (Timeline sheet) as a host-neutral layout. */
export * from "./isoWeeks";
export * from "./layout";
export { timelineTexts, type TimelineKind } from "./texts";
export { workbookTimeline } from "./workbookTimeline";
