/**
 * What an event slot (资源整合: the one official activity a month) is worth for a product, by objective:
 * profit — expected buyers × (promo price − unit cost); revenue — expected buyers × promo price; traffic — the
 * event's visitors × the store's UV value (what the traffic is worth to the whole store, whatever the product).
 * Expected buyers = visitors × conversion.
 */
import { normKey } from "../lists";
import {
  badAmount,
  badRate,
  metricError,
  type MetricError,
  type MetricInput,
  type MetricResult,
} from "./errors";

export type SlotObjective = "profit" | "revenue" | "traffic";
export const SLOT_OBJECTIVES: readonly SlotObjective[] = ["profit", "revenue", "traffic"];

const OBJECTIVE_NAMES = new Map<string, SlotObjective>(
  [
    ["profit", "profit"],
    ["利润", "profit"],
    ["利潤", "profit"],
    ["revenue", "revenue"],
    ["sales", "revenue"],
    ["销售额", "revenue"],
    ["銷售額", "revenue"],
    ["traffic", "traffic"],
    ["流量", "traffic"],
  ].map(([k, v]) => [normKey(k), v as SlotObjective])
);

/** An objective as typed (profit / revenue / traffic, 利润 / 销售额 / 流量; case-, width- and space-insensitive). */
export function slotObjectiveOf(text: string): SlotObjective | undefined {
  return OBJECTIVE_NAMES.get(normKey(text));
}

export interface SlotInputs {
  visitors: MetricInput;
  conversion: MetricInput;
  price: MetricInput;
  unitCost: MetricInput;
  storeUvValue: MetricInput;
}

const need = (v: MetricInput, arg: string, objective: SlotObjective): MetricError | undefined =>
  v === null ? metricError("#N/A", "objectiveArgBlank", { arg, objective }) : undefined;

/**
 * The slot's value for one objective. Only what the objective uses must be there: a blank one is #N/A naming it
 * (never read as 0); a negative one #NUM!. Profit may be negative (a promo price below unit cost).
 */
export function slotValue(i: SlotInputs, objective: SlotObjective): MetricResult {
  const bad =
    badAmount(i.visitors, "visitors") ??
    badRate(i.conversion, "conversion") ??
    badAmount(i.price, "price") ??
    badAmount(i.unitCost, "unitCost") ??
    badAmount(i.storeUvValue, "storeUvValue") ??
    need(i.visitors, "visitors", objective);
  if (bad) return bad;
  const visitors = i.visitors as number;
  if (objective === "traffic") {
    const e = need(i.storeUvValue, "storeUvValue", objective);
    return e ?? visitors * (i.storeUvValue as number);
  }
  const e =
    need(i.conversion, "conversion", objective) ??
    need(i.price, "price", objective) ??
    (objective === "profit" ? need(i.unitCost, "unitCost", objective) : undefined);
  if (e) return e;
  const buyers = visitors * (i.conversion as number);
  const price = i.price as number;
  return objective === "profit" ? buyers * (price - (i.unitCost as number)) : buyers * price;
}

/** SLOTVALUE's objective argument: #VALUE! for a name it does not know, #N/A when blank. */
export function slotValueOf(i: SlotInputs, objective: string | null): MetricResult {
  if (objective === null) return metricError("#N/A", "argBlank", { arg: "objective" });
  const o = slotObjectiveOf(objective);
  return o ? slotValue(i, o) : metricError("#VALUE!", "unknownObjective", { value: objective });
}
