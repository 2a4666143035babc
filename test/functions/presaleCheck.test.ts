/** PLAN.PRESALECHECK: its texts, half-typed rows, bad input, and agreement with the validator on random presale rows. */
import fc from "fast-check";
import { flagRules, PRESALECHECK } from "../../src/core/functions/definitions";
import { FnError } from "../../src/core/functions/errors";
import { invokeSingle, type Out } from "../../src/core/functions/runner";
import { buildIndex } from "../../src/core/planIndex";
import { presaleDeposit } from "../../src/core/rules/presaleDeposit";
import { presaleWindows } from "../../src/core/rules/presaleWindows";
import { d, planOf } from "../core/fixtures";

const call = (...args: unknown[]): Out => invokeSingle(PRESALECHECK, args);
const DS = d("2027-10-20");
const ok = [DS, DS + 11, DS + 12, DS + 14, 50, 300];

describe("PRESALECHECK(depositStart, depositEnd, balanceStart, balanceEnd, deposit, presalePrice, [maxDepositShare], [minDeposit], [shipBy])", () => {
  test("clean presale; no presale (Deposit start blank) is quiet whatever else is there", () => {
    expect(call(...ok)).toBe("");
    expect(call(null, DS - 5, DS, DS - 9, 500, 10)).toBe("");
  });

  test("each window breach with its reason", () => {
    expect(call(DS, DS - 1, DS + 12, DS + 14, 50, 300)).toBe(
      "PRESALE_WINDOWS (deposit end 2027-10-19 before start 2027-10-20)"
    );
    expect(call(DS, DS + 11, DS + 11, DS + 14, 50, 300)).toBe(
      "PRESALE_WINDOWS (balance start 2027-10-31 not after deposit end 2027-10-31)"
    );
    expect(call(DS, DS + 11, DS + 12, DS + 11, 50, 300)).toMatch(/^PRESALE_WINDOWS \(balance end/);
    expect(call(DS, null, DS + 12, DS + 14, 50, 300)).toBe(
      "PRESALE_WINDOWS (a window date is blank)"
    );
    expect(call(...ok, null, null, DS + 13)).toBe(
      "PRESALE_WINDOWS (balance end 2027-11-03 after ship by 2027-11-02)"
    );
    expect(call(...ok, null, null, DS + 14)).toBe("");
  });

  test("the deposit against the share (typed 20%, 0.2 or 20) and the minimum", () => {
    expect(call(DS, DS + 11, DS + 12, DS + 14, 60, 300)).toBe("");
    expect(call(DS, DS + 11, DS + 12, DS + 14, 60.01, 300)).toBe(
      "PRESALE_DEPOSIT (60.01 > 20.0% of 300.00)"
    );
    expect(call(DS, DS + 11, DS + 12, DS + 14, 60.01, 300, 20)).toBe(
      call(DS, DS + 11, DS + 12, DS + 14, 60.01, 300, 0.2)
    );
    expect(call(DS, DS + 11, DS + 12, DS + 14, 9.99, 300)).toBe(
      "PRESALE_DEPOSIT (9.99 < min 10.00)"
    );
    expect(call(DS, DS + 11, DS + 12, DS + 14, 5, 300, null, 5)).toBe("");
    expect(call(DS, DS + 11, DS + 12, DS + 14, null, 300)).toBe("PRESALE_DEPOSIT (no deposit)");
    // Both, in the order the check lists its rules.
    expect(flagRules(String(call(DS, DS - 1, DS + 12, DS + 14, 100, 300)))).toEqual([
      "PRESALE_WINDOWS",
      "PRESALE_DEPOSIT",
    ]);
  });

  test("text where a number belongs is #VALUE! naming the argument; a negative share #NUM!", () => {
    const v = call(DS, DS + 11, DS + 12, DS + 14, "fifty", 300);
    expect(v).toBeInstanceOf(FnError);
    expect((v as FnError).code).toBe("#VALUE!");
    expect((v as FnError).message).toContain("deposit");
    const share = call(...ok, -0.1);
    expect(share).toBeInstanceOf(FnError);
    expect((share as FnError).code).toBe("#NUM!");
  });

  test("agrees with the validator's PRESALE_WINDOWS and PRESALE_DEPOSIT on random presale rows", () => {
    const day = fc.option(fc.integer({ min: -5, max: 20 }), { nil: undefined });
    fc.assert(
      fc.property(
        day,
        day,
        day,
        fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined }),
        fc.integer({ min: 1, max: 500 }),
        fc.constantFrom(0.1, 0.2, 0.5),
        fc.integer({ min: 0, max: 30 }),
        (de, bs, be, deposit, price, share, min) => {
          const row = {
            sku: "SKU1",
            platform: "JD",
            start: DS,
            end: DS + 20,
            promoPrice: price,
            depositStart: DS,
            depositEnd: de === undefined ? undefined : DS + de,
            deposit,
            balanceStart: bs === undefined ? undefined : DS + bs,
            balanceEnd: be === undefined ? undefined : DS + be,
          };
          const plan = planOf({
            promotions: [row],
            platforms: [{ platform: "JD", maxDepositShare: share, minDeposit: min }],
          });
          const ctx = { plan, settings: plan.settings, index: buildIndex(plan) };
          const want = [presaleWindows, presaleDeposit]
            .filter((r) => r.check(ctx).length > 0)
            .map((r) => r.id);
          const got = flagRules(
            String(
              call(
                row.depositStart,
                row.depositEnd,
                row.balanceStart,
                row.balanceEnd,
                deposit,
                price,
                share,
                min
              )
            )
          );
          expect(got).toEqual(want);
        }
      ),
      { numRuns: 300, seed: 16 }
    );
  });
});
