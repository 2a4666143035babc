/**
 * Platform profiles (issue 16): each platform's own thresholds from the Platforms sheet, a blank cell taking the
 * Settings value. A rule asks for a figure of one platform and gets the value with whose it is, so its message can
 * name it ("Tmall's 30-day lowest price") — and says nothing new where the Settings value applies.
 */
import { cellOf, type CellRef } from "./finding";
import type { PlatformProfileRow, Plan, Row } from "./plan";
import type { Settings } from "./settings";

/** The figures a Platforms row may set for its platform, each also a setting of the same key. */
export type ProfileField =
  | "referencePriceDays"
  | "protectionDays"
  | "priceProtectionDays"
  | "postPromoDays"
  | "maxPromoDays"
  | "minDaysBetweenPromos"
  | "priceSpreadTolerance"
  | "maxDepositShare"
  | "minDeposit";

/** A figure in force: the platform's own (with its Platforms cell), or the Settings value. */
export interface Figure {
  value: number;
  /** The platform whose own figure this is; undefined when it is the Settings value. */
  platform?: string;
  /** The Platforms cell it came from. */
  ref?: CellRef;
}

export interface PlatformProfiles {
  /** Whether any Platforms row sets anything: without one every figure is the Settings value. */
  readonly any: boolean;
  figure(platform: string, field: ProfileField): Figure;
  /** The platform's Min discount below the lowest price, when its row sets one (no setting: blank means none). */
  minDiscount(platform: string): Figure | undefined;
}

/** The first row of each platform (a later duplicate is DQ_DUPLICATE_SKU's "platform" variant, left out). */
export function platformProfiles(
  rows: readonly Row<PlatformProfileRow>[] | undefined,
  settings: Settings
): PlatformProfiles {
  const byPlatform = new Map<string, Row<PlatformProfileRow>>();
  for (const r of rows ?? []) if (!byPlatform.has(r.v.platform)) byPlatform.set(r.v.platform, r);
  const own = (platform: string, field: ProfileField | "minDiscount"): Figure | undefined => {
    const r = byPlatform.get(platform);
    const v = r?.v[field];
    return r && typeof v === "number" ? { value: v, platform, ref: cellOf(r, field) } : undefined;
  };
  // A figure is asked for once per row of a big sheet: each platform's is made once (a Figure is never changed).
  const figures = new Map<ProfileField, Map<string, Figure>>();
  const minDiscounts = new Map<string, Figure | undefined>();
  return {
    any: [...byPlatform.values()].some((r) =>
      Object.entries(r.v).some(([k, v]) => k !== "platform" && k !== "note" && v !== undefined)
    ),
    figure(platform, field) {
      let ofField = figures.get(field);
      if (!ofField) figures.set(field, (ofField = new Map()));
      let figure = ofField.get(platform);
      if (!figure) {
        figure = own(platform, field) ?? { value: settings[field] };
        ofField.set(platform, figure);
      }
      return figure;
    },
    minDiscount(platform) {
      if (!minDiscounts.has(platform)) minDiscounts.set(platform, own(platform, "minDiscount"));
      return minDiscounts.get(platform);
    },
  };
}

const CACHE = new WeakMap<object, PlatformProfiles>();

/** The profiles of a validation, built once per plan index (one per validatePlan call). */
export function profilesOf(ctx: {
  plan: Plan;
  settings: Settings;
  index: object;
}): PlatformProfiles {
  let p = CACHE.get(ctx.index);
  if (!p) {
    p = platformProfiles(ctx.plan.platforms, ctx.settings);
    CACHE.set(ctx.index, p);
  }
  return p;
}

/**
 * A hit's params and message context for a figure: the Settings value keeps the rule's own message (`context`
 * undefined, exactly the text before issue 16); a platform's own value picks the `<context>Platform` variant, whose
 * text names it through the `figurePlatform` param ("Tmall's 30-day lowest price").
 */
export function figureContext(
  figure: Figure,
  context?: string
): { context?: string; figurePlatform?: string } {
  if (figure.platform === undefined) return context === undefined ? {} : { context };
  return {
    context: context === undefined ? "platform" : `${context}Platform`,
    figurePlatform: figure.platform,
  };
}
