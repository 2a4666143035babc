import { cellOf, type Hit } from "../finding";
import { figureContext, profilesOf } from "../platforms";
import { defineRule } from "./rule";
import { atMost, money, percent, registerVariant } from "./promoHelpers";
import { presalesOf } from "./presaleWindows";

/**
 * Row-level PRESALE_DEPOSIT (shared with PLAN.PRESALECHECK): a deposit above maxShare × presale price, or below
 * minDeposit. Exactly the share, or exactly the minimum, is fine. A blank deposit on a presale is "missing".
 */
export function presaleDepositBreach(
  deposit: number | null | undefined,
  presalePrice: number,
  maxShare: number,
  minDeposit: number
): { context: "missing" | "share" | "min"; cap?: number } | null {
  if (deposit === null || deposit === undefined) return { context: "missing" };
  const cap = presalePrice * maxShare;
  if (!atMost(deposit, cap)) return { context: "share", cap };
  if (!atMost(minDeposit, deposit)) return { context: "min" };
  return null;
}

registerVariant("PRESALE_DEPOSIT", "missing", {
  en: "A presale (it has a Deposit start) needs its Deposit: this one is blank.",
  "zh-CN": "预售（已填定金开始）需要填写定金：此处为空。",
});
registerVariant("PRESALE_DEPOSIT", "share", {
  en: "Deposit {{deposit}} is above {{cap}}, {{share}} of the presale price {{price}}: the most the platform allows.",
  "zh-CN": "定金 {{deposit}} 高于 {{cap}}，即预售价 {{price}} 的 {{share}}：超过平台允许的上限。",
});
registerVariant("PRESALE_DEPOSIT", "sharePlatform", {
  en: "Deposit {{deposit}} is above {{cap}}, {{share}} of the presale price {{price}}: {{figurePlatform}}'s maximum deposit share.",
  "zh-CN":
    "定金 {{deposit}} 高于 {{cap}}，即预售价 {{price}} 的 {{share}}：超过{{figurePlatform}}的定金比例上限。",
});
registerVariant("PRESALE_DEPOSIT", "min", {
  en: "Deposit {{deposit}} is below the minimum deposit {{min}}.",
  "zh-CN": "定金 {{deposit}} 低于定金最低金额 {{min}}。",
});
registerVariant("PRESALE_DEPOSIT", "minPlatform", {
  en: "Deposit {{deposit}} is below {{figurePlatform}}'s minimum deposit {{min}}.",
  "zh-CN": "定金 {{deposit}} 低于{{figurePlatform}}的定金最低金额 {{min}}。",
});

/** On the presale's Deposit cell, with its platform's Max deposit share and Min deposit (Platforms, else Settings). */
export const presaleDeposit = defineRule({
  id: "PRESALE_DEPOSIT",
  severity: "error",
  reads: [
    "promotions.depositStart",
    "promotions.deposit",
    "promotions.promoPrice",
    "settings.maxDepositShare",
    "settings.minDeposit",
    "platforms.maxDepositShare",
    "platforms.minDeposit",
  ],
  message: {
    en: "The deposit is outside the platform's limits.",
    "zh-CN": "定金超出平台限制。",
  },
  check(ctx) {
    const { plan, settings } = ctx;
    const { currency } = settings;
    const profiles = profilesOf(ctx);
    const hits: Hit[] = [];
    for (const p of presalesOf(plan.promotions)) {
      const { platform, deposit, promoPrice } = p.v;
      const share = profiles.figure(platform, "maxDepositShare");
      const min = profiles.figure(platform, "minDeposit");
      const breach = presaleDepositBreach(deposit, promoPrice, share.value, min.value);
      if (!breach) continue;
      const figure = breach.context === "share" ? share : min;
      const related = [cellOf(p, "promoPrice")];
      if (breach.context !== "missing" && figure.ref) related.push(figure.ref);
      hits.push({
        rule: "PRESALE_DEPOSIT",
        at: cellOf(p, "deposit", "depositStart"),
        params:
          breach.context === "missing"
            ? { context: "missing" }
            : {
                deposit: money(deposit ?? 0, currency),
                price: money(promoPrice, currency),
                share: percent(share.value),
                cap: money(breach.cap ?? 0, currency),
                min: money(min.value, currency),
                ...figureContext(figure, breach.context),
              },
        related,
        sku: p.v.sku,
      });
    }
    return hits;
  },
});
