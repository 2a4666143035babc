/** A request / reply channel to a dedicated worker: what the engine's and the plan's clients talk through. */

export interface WorkerTransport<Request, Reply> {
  /** `transfer`: buffers of the request handed over to the worker (no longer usable here). */
  post(request: Request, transfer?: Transferable[]): void;
  /** `failed`: the worker is gone (it could not start or crashed); nothing more will be answered. */
  listen(reply: (r: Reply) => void, failed: (message: string) => void): void;
  close(): void;
}

/**
 * A worker started from `script` (next to the page's script). `worker` names it in a failure: "the engine" gives
 * "the engine worker stopped" and "an answer of the engine could not be received".
 */
export function dedicatedWorkerTransport<Request, Reply>(
  script: string,
  worker: string,
  url = new URL(script, document.baseURI)
): WorkerTransport<Request, Reply> {
  const w = new Worker(url);
  return {
    post: (r, transfer) => w.postMessage(r, transfer ?? []),
    listen(reply, failed) {
      w.onmessage = (e: MessageEvent<Reply>) => reply(e.data);
      w.onerror = (e) => {
        e.preventDefault();
        failed(e.message || `${worker} worker stopped`);
      };
      w.onmessageerror = () => failed(`an answer of ${worker} could not be received`);
    },
    close: () => w.terminate(),
  };
}
