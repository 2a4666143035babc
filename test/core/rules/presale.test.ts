/** The presale rules of issue 16, each breaching and clean, with their edges. */
import type { Promotion } from "../../../src/core/plan";
import { presaleDeposit } from "../../../src/core/rules/presaleDeposit";
import { presaleNotLowest } from "../../../src/core/rules/presaleNotLowest";
import { presaleStockLate } from "../../../src/core/rules/presaleStockLate";
import { presaleWindows } from "../../../src/core/rules/presaleWindows";
import { spotUndercutsPresale } from "../../../src/core/rules/spotUndercutsPresale";
import { addressesOf, d, hitsOf, planOf } from "../fixtures";
import { render } from "./messages";

// Tmall 双11 2021: deposit 20–31 Oct, balance 1–3 Nov; presale price 300, coupon 20: landed 280; deposit 50.
const presale = (more: Partial<Promotion> = {}): Partial<Promotion> => ({
  sku: "SKU1",
  platform: "Tmall",
  start: d("2027-10-20"),
  end: d("2027-11-03"),
  promoPrice: 300,
  coupon: 20,
  depositStart: d("2027-10-20"),
  depositEnd: d("2027-10-31"),
  deposit: 50,
  balanceStart: d("2027-11-01"),
  balanceEnd: d("2027-11-03"),
  ...more,
});
const price = (p: number, from: string, platform = "Tmall") => ({
  sku: "SKU1",
  platform,
  price: p,
  effectiveFrom: d(from),
});

describe("PRESALE_WINDOWS", () => {
  const at = (more: Partial<Promotion>, calendar = []) =>
    hitsOf(presaleWindows, planOf({ promotions: [presale(more)], calendar }));

  it("is clean for Tmall's 2021 windows, and for a row without a Deposit start", () => {
    expect(at({})).toEqual([]);
    expect(
      addressesOf(
        presaleWindows,
        planOf({ promotions: [presale({ depositStart: undefined, depositEnd: d("2027-01-01") })] })
      )
    ).toEqual([]);
  });

  it("points at Deposit end before Deposit start", () => {
    const [hit] = at({ depositEnd: d("2027-10-19") });
    expect(hit.address).toBe("Promotions!M2");
    expect(render(presaleWindows, hit.params)).toBe(
      "Deposit end 2027-10-19 is before Deposit start 2027-10-20."
    );
  });

  it("points at Balance end before Balance start", () => {
    expect(at({ balanceEnd: d("2027-10-31") }).map((h) => h.address)).toEqual(["Promotions!P2"]);
  });

  it("points at a Balance start on the deposit's last day (overlap), not on the day after", () => {
    const [hit] = at({ balanceStart: d("2027-10-31") });
    expect(hit.address).toBe("Promotions!O2");
    expect(render(presaleWindows, hit.params, "zh-CN")).toContain("尾款应在定金期结束后开始");
  });

  it("points at a blank Balance end of a presale", () => {
    expect(at({ balanceEnd: undefined }).map((h) => h.address)).toEqual(["Promotions!P2"]);
  });

  it("points at Balance end after the Ship by of the Calendar event it falls in; on Ship by it is fine", () => {
    const event = (shipBy: string, platform?: string) => [
      {
        event: "双11",
        from: d("2027-10-20"),
        to: d("2027-11-11"),
        kind: "festival" as const,
        shipBy: d(shipBy),
        platform,
      },
    ];
    expect(at({}, event("2027-11-03") as never)).toEqual([]);
    const [hit] = at({}, event("2027-11-02") as never);
    expect(hit).toMatchObject({
      address: "Promotions!P2",
      related: ["Promotions!L2", "Calendar!G2"],
    });
    expect(render(presaleWindows, hit.params)).toBe(
      'Balance end 2027-11-03 is after 2027-11-02, the Ship by date of "双11": orders paid then cannot ship in time.'
    );
    // An event of another platform does not apply.
    expect(at({}, event("2027-11-02", "JD") as never)).toEqual([]);
  });
});

describe("PRESALE_DEPOSIT", () => {
  const at = (
    deposit: number | undefined,
    platforms = [{ platform: "JD", maxDepositShare: 0.2, minDeposit: 10 }]
  ) =>
    hitsOf(
      presaleDeposit,
      planOf({ promotions: [presale({ platform: "JD", deposit })], platforms })
    );

  it("accepts exactly 20 % and exactly 10 yuan", () => {
    expect(at(60)).toEqual([]);
    expect(at(10)).toEqual([]);
  });

  it("points at a deposit above JD's 20 % and names JD", () => {
    const [hit] = at(60.01);
    expect(hit).toMatchObject({
      address: "Promotions!N2",
      related: ["Promotions!G2", "Platforms!J2"],
    });
    expect(render(presaleDeposit, hit.params)).toBe(
      "Deposit ¥60.01 is above ¥60, 20% of the presale price ¥300: JD's maximum deposit share."
    );
  });

  it("points at a deposit below the minimum, the Settings' when the platform's cell is blank", () => {
    const [hit] = at(9.99, []);
    expect(render(presaleDeposit, hit.params)).toBe(
      "Deposit ¥9.99 is below the minimum deposit ¥10."
    );
  });

  it("points at a blank deposit of a presale", () => {
    expect(at(undefined).map((h) => h.params)).toEqual([{ context: "missing" }]);
  });
});

describe("PRESALE_NOT_LOWEST", () => {
  const plan = (
    promoPrice: number,
    prices = [price(320, "2027-09-01"), price(300, "2027-10-05")]
  ) =>
    planOf({
      products: [{ listPrice: 399 }],
      promotions: [presale({ promoPrice, platform: "JD" })],
      prices: prices.map((p) => ({ ...p, platform: "JD" })),
      platforms: [{ platform: "JD", referencePriceDays: 30 }],
    });

  it("points at a presale price equal to JD's 30-day lowest", () => {
    const [hit] = hitsOf(presaleNotLowest, plan(300));
    expect(hit).toMatchObject({ address: "Promotions!G2", related: ["Prices!C3", "Platforms!B2"] });
    expect(render(presaleNotLowest, hit.params)).toBe(
      "Presale price ¥300 is not below ¥300, the lowest JD price of JD's 30 days before the deposit opens on 2027-10-20."
    );
  });

  it("is clean one fen below, and counts the List price while no Prices row is in force", () => {
    expect(addressesOf(presaleNotLowest, plan(299.99))).toEqual([]);
    expect(addressesOf(presaleNotLowest, plan(399, []))).toEqual(["Promotions!G2"]);
    expect(addressesOf(presaleNotLowest, plan(398, []))).toEqual([]);
  });

  it("does not look beyond the window: a 250 of 40 days before does not count", () => {
    expect(
      addressesOf(presaleNotLowest, plan(299, [price(250, "2027-09-01"), price(300, "2027-09-15")]))
    ).toEqual([]);
  });
});

describe("SPOT_UNDERCUTS_PRESALE", () => {
  const plan = (prices: ReturnType<typeof price>[], promotions: Partial<Promotion>[] = []) =>
    planOf({
      products: [{ listPrice: 399 }],
      promotions: [presale(), ...promotions],
      prices,
      settings: { protectionDays: 7 },
    });

  it("points at a Tmall price below the landed 280 on the last protected day (balance end + 7)", () => {
    const [hit] = hitsOf(spotUndercutsPresale, plan([price(279, "2027-11-10")]));
    expect(hit.address).toBe("Prices!C2");
    expect(render(spotUndercutsPresale, hit.params)).toBe(
      "Tmall sells at ¥279 from 2027-11-10, below the presale landed price ¥280 (deposit 2027-10-20, balance until 2027-11-03, then 7 protection days): presale buyers paid more."
    );
  });

  it("is clean a day later, at the landed price, and on another platform", () => {
    expect(addressesOf(spotUndercutsPresale, plan([price(279, "2027-11-11")]))).toEqual([]);
    expect(addressesOf(spotUndercutsPresale, plan([price(280, "2027-11-01")]))).toEqual([]);
    expect(addressesOf(spotUndercutsPresale, plan([price(200, "2027-11-01", "JD")]))).toEqual([]);
  });

  it("points at another Tmall promotion in the span below the landed price", () => {
    const flash = {
      sku: "SKU1",
      platform: "Tmall",
      start: d("2027-10-25"),
      end: d("2027-10-25"),
      promoPrice: 270,
    };
    expect(addressesOf(spotUndercutsPresale, plan([], [flash]))).toEqual(["Promotions!G3"]);
  });
});

describe("PRESALE_STOCK_LATE", () => {
  const plan = (entry: string) =>
    planOf({
      products: [{ warehouseEntry: d(entry) }],
      promotions: [
        presale(),
        presale({ balanceStart: d("2027-11-05"), balanceEnd: d("2027-11-06") }),
      ],
    });

  it("accepts an entry exactly Warehouse lead days before Balance start", () => {
    expect(addressesOf(presaleStockLate, plan("2027-10-25"))).toEqual([]);
  });

  it("points at the Warehouse entry a day later, once, against the earliest balance", () => {
    const [hit, ...rest] = hitsOf(presaleStockLate, plan("2027-10-26"));
    expect(rest).toEqual([]);
    expect(hit).toMatchObject({ address: "Products!K2", related: ["Promotions!O2"] });
    expect(render(presaleStockLate, hit.params)).toBe(
      "Warehouse entry 2027-10-26 is 1 day(s) late for the presale whose balance (尾款) opens on 2027-11-01 (Tmall): goods must be in by 2027-10-25, 7 days before."
    );
  });
});
