import { Button } from "@fluentui/react-components";
import { findingKey } from "../../model/findingGroups";
import { FindingItem } from "../FindingItem/FindingItem";
import type { FindingListState } from "./FindingList.types";
import type { FindingListClasses } from "./useFindingListStyles.styles";

export function renderFindingList(state: FindingListState, classes: FindingListClasses) {
  return (
    <>
      <ul className={classes.list} aria-label={state.label} {...state.navigation}>
        {state.visible.map((f) => (
          <FindingItem key={findingKey(f)} finding={f} showRule={state.showRule} />
        ))}
      </ul>
      {state.nextPage > 0 && (
        <Button className={classes.more} appearance="subtle" size="small" onClick={state.showMore}>
          {state.t("showMore", { count: state.nextPage })}
        </Button>
      )}
    </>
  );
}
