/** Quoted values in messages: capped, their invisible characters shown and named (issue 11). */
import { readPlan } from "../../src/core/read/readPlan";
import {
  capText,
  invisibleChars,
  invisibleNote,
  markInvisible,
  MAX_QUOTED,
  shownParams,
} from "../../src/core/messageText";
import { validatePlan } from "../../src/core/validate";

test("capText: at most 60 characters, cut with …, never inside a surrogate pair", () => {
  expect(capText("KA-101")).toBe("KA-101");
  expect(capText("x".repeat(60))).toBe("x".repeat(60));
  expect(capText("x".repeat(61))).toBe(`${"x".repeat(59)}…`);
  const emoji = "🎁".repeat(70);
  expect(Array.from(capText(emoji))).toHaveLength(MAX_QUOTED);
  expect(capText(emoji).endsWith("🎁…")).toBe(true);
  expect(capText("🎁".repeat(40))).toBe("🎁".repeat(40)); // 80 code units, 40 characters
});

test("invisible characters are shown by code and named", () => {
  expect(markInvisible("KA-108\u200b")).toBe("KA-108[U+200B]");
  expect(markInvisible("KA\u00a0108")).toBe("KA[U+00A0]108");
  expect(markInvisible("天猫\u3000旗舰店")).toBe("天猫[U+3000]旗舰店");
  expect(markInvisible("plain KA-108")).toBe("plain KA-108");
  expect(invisibleChars("\u200bA\u200bB\ufeff")).toEqual([0x200b, 0xfeff]);
  expect(invisibleNote([0x200b, 0xa0], "en")).toBe(
    "The value holds a zero-width space (U+200B), a no-break space (U+00A0), which a cell does not show: retype it."
  );
  expect(invisibleNote([0x200b, 0x2064], "zh-CN")).toBe(
    "该值含有零宽空格（U+200B）、不可见字符（U+2064），单元格中看不出来：请重新输入。"
  );
});

test("shownParams caps every text, marks values but not headers or the message variant", () => {
  const shown = shownParams({
    column: "SKU",
    value: `KA-108\u200b${"y".repeat(100)}`,
    context: "rule",
    firstRow: 7,
  });
  expect(shown.params).toEqual({
    column: "SKU",
    value: `KA-108[U+200B]${"y".repeat(45)}…`,
    context: "rule",
    firstRow: 7,
  });
  expect(shown.invisible).toEqual([0x200b]);
});

describe("through validatePlan", () => {
  const TODAY = new Date(Date.UTC(2026, 5, 1));
  const findings = (skus: string[], lang: "en" | "zh-CN" = "en") => {
    const plan = readPlan(
      {
        sheets: [
          {
            name: "Products",
            rows: [
              ["SKU", "Tier", "List price"],
              ["KA-108", "secondary", 100],
            ],
          },
          {
            name: "Prices",
            rows: [
              ["SKU", "Platform", "Price", "Effective from"],
              ...skus.map((s) => [s, "Tmall", 99, 46556]),
            ],
          },
        ],
      },
      { today: TODAY }
    );
    return validatePlan(plan, plan.settings, { lang, today: TODAY });
  };

  test("a SKU with a zero-width space is named so the planner sees the difference (en, zh-CN)", () => {
    const [en] = findings(["KA-108\u200b"]);
    expect(en.rule).toBe("DQ_UNKNOWN_SKU");
    expect(en.message).toBe(
      'SKU "KA-108[U+200B]" is not on the Products sheet: add the product there, or correct the SKU. The value holds a zero-width space (U+200B), which a cell does not show: retype it.'
    );
    const [zh] = findings(["KA-108\u200b"], "zh-CN");
    expect(zh.message).toContain("SKU“KA-108[U+200B]”不在工作表 Products 中");
    expect(zh.message).toContain("该值含有零宽空格（U+200B）");
  });

  test("a no-break space inside a SKU (a trailing one is trimmed: that SKU is known)", () => {
    const all = findings(["KA\u00a0108", "KA-108\u00a0"]);
    expect(all.map((f) => f.address)).toEqual(["Prices!A2"]);
    expect(all[0].message).toContain('"KA[U+00A0]108"');
    expect(all[0].message).toContain("a no-break space (U+00A0)");
  });

  test("a very long value is quoted capped", () => {
    const [f] = findings([`KA-${"9".repeat(500)}`]);
    expect(f.message).toContain(`"KA-${"9".repeat(56)}…"`);
    expect(f.message.length).toBeLessThan(160);
  });
});
