import { Body1 } from "@fluentui/react-components";
import { OutputSheetAction } from "../OutputSheetAction/OutputSheetAction";
import { TrendsSection } from "../TrendsSection/TrendsSection";
import { WarehousingSection } from "../WarehousingSection/WarehousingSection";
import type { TrendsTabState } from "./TrendsTab.types";
import type { TrendsTabClasses } from "./useTrendsTabStyles.styles";

export function renderTrendsTab(state: TrendsTabState, classes: TrendsTabClasses) {
  return (
    <div className={classes.root}>
      <Body1 as="p">{state.intro}</Body1>
      <OutputSheetAction {...state.action} />
      {state.plan && <TrendsSection plan={state.plan} lang={state.lang} />}
      {state.plan && state.sheets && (
        <WarehousingSection
          plan={state.plan}
          sheets={state.sheets}
          lang={state.lang}
          port={state.port}
          reload={state.reload}
        />
      )}
    </div>
  );
}
