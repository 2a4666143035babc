/**
 * The PLAN custom functions. custom-functions-metadata-plugin reads the JSDoc below to generate
 * functions.json and appends the CustomFunctions.associate calls to this bundle.
 */
import packageJson from "../../package.json";

/**
 * The version of Ops Planner that is loaded, e.g. "0.1.0".
 * @customfunction VERSION
 * @returns The add-in version.
 */
export function version(): string {
  return packageJson.version;
}
