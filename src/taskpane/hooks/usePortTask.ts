/** Runs port calls one at a time with a busy flag, and turns any rejection into an error text, never a crash. */
import { useCallback, useEffect, useRef, useState } from "react";
import { portErrorMessage } from "../model/portError";

export interface PortTask {
  busy: boolean;
  error: string | null;
  /** Runs `work`; resolves to its result, or to undefined when it failed (the error is then in `error`). */
  run<T>(work: () => Promise<T>): Promise<T | undefined>;
  setError(error: string | null): void;
}

export function usePortTask(): PortTask {
  const [pending, setPending] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  const run = useCallback(async <T>(work: () => Promise<T>): Promise<T | undefined> => {
    setPending((n) => n + 1);
    setError(null);
    try {
      return await work();
    } catch (err) {
      if (mounted.current) setError(portErrorMessage(err));
      return undefined;
    } finally {
      if (mounted.current) setPending((n) => n - 1);
    }
  }, []);

  return { busy: pending > 0, error, run, setError };
}
