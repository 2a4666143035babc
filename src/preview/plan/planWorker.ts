/**
 * The preview's plan worker (its own bundle, planWorker.js): the core's work on the whole plan — readPlan,
 * timelineLayout, planUpdate — off the page's thread, where it was one task of seconds on a big plan (./planHost.ts).
 */
import { packedBuffers } from "../packedGrid";
import { PlanHost } from "./planHost";
import type { PlanReply, PlanRequest } from "./planMessages";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<PlanRequest>) => void) | null;
  postMessage(message: PlanReply, transfer: Transferable[]): void;
};

const host = new PlanHost((r) =>
  scope.postMessage(r, r.kind === "rows" ? packedBuffers(r.rows) : [])
);
scope.onmessage = (e) => host.handle(e.data);
