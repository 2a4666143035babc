import { Body1, Spinner } from "@fluentui/react-components";
import { ErrorBar } from "../ErrorBar/ErrorBar";
import { MarketSection } from "../MarketSection/MarketSection";
import { ServiceSection } from "../ServiceSection/ServiceSection";
import { SlotSection } from "../SlotSection/SlotSection";
import type { MarketTabState } from "./MarketTab.types";
import type { MarketTabClasses } from "./useMarketTabStyles.styles";

export function renderMarketTab(state: MarketTabState, classes: MarketTabClasses) {
  const { t } = state;
  return (
    <div className={classes.root}>
      <Body1 as="p">{t("marketIntro")}</Body1>
      <ErrorBar message={state.error} onDismiss={state.dismissError} />
      <div aria-live="polite" aria-busy={state.busy}>
        {state.busy && <Spinner size="tiny" label={t("budgetReading")} />}
      </div>
      {state.plan && <ServiceSection plan={state.plan} lang={state.lang} />}
      {state.plan && <MarketSection plan={state.plan} lang={state.lang} />}
      {state.plan && <SlotSection plan={state.plan} lang={state.lang} />}
    </div>
  );
}
