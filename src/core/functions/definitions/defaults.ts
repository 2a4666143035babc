/** Defaults of the row checks' optional thresholds: the Settings defaults of spec §2, from the core. */
import { defaultSettings } from "../../settings";

export const DEFAULTS = defaultSettings();

/** The default Plan year (next calendar year), taken when the function runs: a session may span New Year. */
export const defaultPlanYear = (): number => defaultSettings().planYear;
