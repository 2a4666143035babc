/**
 * The preview's engine worker (its own bundle, engineWorker.js): HyperFormula computes the workbook's formulas off the
 * page's thread (./engineHost.ts); the page keeps the values (./engineClient.ts).
 */
import { EngineHost } from "./engineHost";
import type { EngineReply, EngineRequest } from "./engineMessages";

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<EngineRequest>) => void) | null;
  postMessage(message: EngineReply): void;
};

const host = new EngineHost((r) => scope.postMessage(r));
scope.onmessage = (e) => host.handle(e.data);
