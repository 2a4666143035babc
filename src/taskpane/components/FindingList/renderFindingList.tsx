import { FindingItem } from "../FindingItem/FindingItem";
import type { FindingListState } from "./FindingList.types";
import type { FindingListClasses } from "./useFindingListStyles.styles";

export function renderFindingList(state: FindingListState, classes: FindingListClasses) {
  return (
    <div ref={state.scrollRef} className={classes.viewport}>
      <ul
        className={classes.list}
        aria-label={state.label}
        style={{ height: state.totalHeight }}
        onKeyDown={state.onKeyDown}
        onFocus={state.onFocus}
      >
        {state.rows.map((r) => (
          <FindingItem
            key={r.key}
            finding={r.finding}
            position={r.position}
            showRule={state.showRule}
          />
        ))}
      </ul>
    </div>
  );
}
