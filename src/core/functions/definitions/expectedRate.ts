/** EXPECTEDRATE: the weekday-adjusted conversion a group (an agent, a shift) should reach (客服, SERVICE_CONVERSION_LOW). */
import { expectedRate } from "../../metrics";
import { defineFunction } from "../runner";

export const EXPECTEDRATE = defineFunction({
  name: "EXPECTEDRATE",
  shape: "single",
  params: [
    { name: "inquiriesByWeekday", type: "numbers" },
    { name: "storeRateByWeekday", type: "numbers" },
  ],
  body: (inquiries, rates) => expectedRate(inquiries ?? [], rates ?? []),
});
