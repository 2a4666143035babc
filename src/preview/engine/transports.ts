/**
 * Where the engine runs: the engine worker in the browser (`workerEngine`), or a host in this process behind a
 * MessageChannel (`inProcessEngine`), which clones every message as a worker's postMessage does and answers in later
 * tasks — for Node and the tests, with the same protocol.
 */
import { EngineClient, type EngineTransport } from "./engineClient";
import { EngineHost } from "./engineHost";
import { dedicatedWorkerTransport } from "../workerTransport";
import { ENGINE_WORKER_SCRIPT, type EngineReply, type EngineRequest } from "./engineMessages";

/** The engine in its own worker (engineWorker.js, next to the page's script). */
export const workerTransport = (): EngineTransport =>
  dedicatedWorkerTransport<EngineRequest, EngineReply>(ENGINE_WORKER_SCRIPT, "the engine");

/**
 * A cloned message's arrays and objects made again in this realm: under jest, MessageChannel is Node's own and
 * clones into Node's realm, where HyperFormula's `instanceof Array` checks fail. (A worker's clone is in its realm.)
 */
function adopt<T>(v: T): T {
  if (Array.isArray(v)) return Array.from(v, adopt) as T;
  if (ArrayBuffer.isView(v)) return v; // a typed array is read by index in any realm
  if (v !== null && typeof v === "object")
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, adopt(x)])) as T;
  return v;
}

/** The engine in this process, its messages cloned through a MessageChannel. */
export function inProcessTransport(): EngineTransport {
  const channel = new MessageChannel();
  const host = new EngineHost((r) => channel.port2.postMessage(r));
  channel.port2.onmessage = (e: MessageEvent<EngineRequest>) => host.handle(adopt(e.data));
  return {
    post: (r, transfer) => channel.port1.postMessage(r, transfer ?? []),
    listen(reply) {
      channel.port1.onmessage = (e: MessageEvent<EngineReply>) => reply(adopt(e.data));
    },
    close() {
      host.destroy();
      channel.port1.close();
      channel.port2.close();
    },
  };
}

/** The page's engine: in a worker where the page can start one. */
export function workerEngine(): EngineClient {
  return new EngineClient(workerTransport());
}

export function inProcessEngine(): EngineClient {
  return new EngineClient(inProcessTransport());
}
