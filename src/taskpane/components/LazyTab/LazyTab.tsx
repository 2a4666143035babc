/**
 * A tab whose code loads on its first opening (React.lazy). A failed load — the network, or an add-in redeployed while
 * the pane was open, its old chunks gone — or a crash while the tab renders shows an error bar with Retry in that tab's
 * panel; the other tabs keep working. Retry loads it again (webpack retries a chunk whose load failed).
 */
import { Button, Spinner } from "@fluentui/react-components";
import {
  Component,
  lazy,
  Suspense,
  useMemo,
  useState,
  type ComponentType,
  type ReactNode,
} from "react";
import type { WorkbookPort } from "../../../core/port";
import type { Lang } from "../../../core/schema/types";
import { usePaneT, type PaneT } from "../../i18n";
import { portErrorMessage } from "../../model/portError";
import { ErrorBar } from "../ErrorBar/ErrorBar";

export interface TabProps {
  port: WorkbookPort;
  lang: Lang;
}

export interface LazyTabProps extends TabProps {
  /** Loads the tab's component (a dynamic import). */
  load(): Promise<ComponentType<TabProps>>;
}

interface BoundaryProps {
  t: PaneT;
  onRetry(): void;
  children: ReactNode;
}

class TabBoundary extends Component<BoundaryProps, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown) {
    return { error: error ?? new Error("unknown") };
  }

  override render() {
    const { t, onRetry, children } = this.props;
    if (this.state.error === undefined) return children;
    return (
      <>
        <ErrorBar
          message={t("tabFailed", { message: portErrorMessage(this.state.error) })}
          next={t("tabFailedNext")}
          onDismiss={onRetry}
        />
        <Button appearance="primary" onClick={onRetry}>
          {t("tabRetry")}
        </Button>
      </>
    );
  }
}

export function LazyTab({ load, port, lang }: LazyTabProps) {
  const t = usePaneT();
  const [attempt, setAttempt] = useState(0);
  // A new lazy component per attempt: React keeps a failed one failed.
  const Tab = useMemo(
    () => lazy(() => load().then((c) => ({ default: c }))),
    // `attempt` is the point: each retry loads again.
    [load, attempt]
  );
  return (
    <TabBoundary key={attempt} t={t} onRetry={() => setAttempt((a) => a + 1)}>
      <Suspense fallback={<Spinner size="tiny" label={t("tabLoading")} />}>
        <Tab port={port} lang={lang} />
      </Suspense>
    </TabBoundary>
  );
}
