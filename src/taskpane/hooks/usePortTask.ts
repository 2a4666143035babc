/** Runs port calls one at a time with a busy flag, and turns any rejection into an error text, never a crash. */
import { useCallback, useEffect, useRef, useState } from "react";
import { usePaneT } from "../i18n";
import { partNotLoaded, portErrorMessage, type PortFailure } from "../model/portError";

export interface PortTask {
  busy: boolean;
  error: string | null;
  /** What to do next about `error`, when the pane knows better than the usual advice (see PortFailure). */
  errorNext: string | undefined;
  /**
   * Runs `work`; resolves to its result, or to undefined when it failed (the error is then in `error`). `explain`
   * words a failure the caller knows (undefined: a part of the add-in that did not load, else the port's own text).
   */
  run<T>(
    work: () => Promise<T>,
    explain?: (err: unknown) => PortFailure | undefined
  ): Promise<T | undefined>;
  setError(error: string | null): void;
}

export function usePortTask(): PortTask {
  const [pending, setPending] = useState(0);
  const [failure, setFailure] = useState<PortFailure | null>(null);
  // In a ref: `run` keeps its identity when the language changes (effects that depend on it do not run again).
  const paneT = usePaneT();
  const t = useRef(paneT);
  t.current = paneT;
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(
    async <T>(
      work: () => Promise<T>,
      explain?: (err: unknown) => PortFailure | undefined
    ): Promise<T | undefined> => {
      setPending((n) => n + 1);
      setFailure(null);
      try {
        return await work();
      } catch (err) {
        if (mounted.current)
          setFailure(
            explain?.(err) ?? partNotLoaded(err, t.current) ?? { message: portErrorMessage(err) }
          );
        return undefined;
      } finally {
        if (mounted.current) setPending((n) => n - 1);
      }
    },
    []
  );

  const setError = useCallback(
    (error: string | null) => setFailure(error === null ? null : { message: error }),
    []
  );

  return {
    busy: pending > 0,
    error: failure?.message ?? null,
    errorNext: failure?.next,
    run,
    setError,
  };
}
