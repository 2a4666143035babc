/**
 * The build's validator code identity (scripts/validatorCode.js: a hash of src/core's sources), given as a global by
 * webpack, jest and the bench; undefined in a build without it (a version's stored findings are then never used).
 */
declare const OPS_PLANNER_VALIDATOR_CODE: string | undefined;

export function validatorCode(): string | undefined {
  return typeof OPS_PLANNER_VALIDATOR_CODE === "string" && OPS_PLANNER_VALIDATOR_CODE !== ""
    ? OPS_PLANNER_VALIDATOR_CODE
    : undefined;
}
