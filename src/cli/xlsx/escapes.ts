/** The `_xHHHH_` escapes: shared with the browser preview's reader (src/core/xlsx/escapes.ts). */
export { decodeEscapes } from "../../core/xlsx/escapes";
