/**
 * Module-level aliases of the globals the reader uses once per cell. Inside a vm context (jest runs tests in one)
 * each global lookup goes through an interceptor and costs more than the rest of the cell's work; an import does not.
 */
export const DateClass = Date;
export const isArray = Array.isArray;
export const isFiniteNumber = Number.isFinite;
export const isInteger = Number.isInteger;
export const floor = Math.floor;
