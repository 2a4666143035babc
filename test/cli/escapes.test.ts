import { decodeEscapes } from "../../src/cli/xlsx/escapes";

test.each([
  ["List_x000D_\nprice", "List\r\nprice"],
  ["KA-101_x000D_", "KA-101\r"],
  ["tab_x0009_stop", "tab\tstop"],
  ["_x0001__x001F_", "\u0001\u001f"],
  ["lower hex _x000d_", "lower hex \r"],
  // A literal "_x000D_" typed in a cell is stored with its underscore escaped: one pass gives it back as typed.
  ["_x005F_x000D_", "_x000D_"],
  ["not an escape _x00G1_ _x12_ x000D", "not an escape _x00G1_ _x12_ x000D"],
  ["天猫_x3000_旗舰店", "天猫\u3000旗舰店"],
  ["plain", "plain"],
])("%j → %j", (raw, text) => {
  expect(decodeEscapes(raw)).toBe(text);
});
