import { Button, Caption1, Link } from "@fluentui/react-components";
import type { FindingItemState } from "./FindingItem.types";
import type { FindingItemClasses } from "./useFindingItemStyles.styles";

export function renderFindingItem(state: FindingItemState, classes: FindingItemClasses) {
  const { t, finding, position } = state;
  return (
    <li
      ref={position.measure}
      data-index={position.index}
      aria-setsize={position.setSize}
      aria-posinset={position.index + 1}
      className={classes.item}
      style={{ transform: `translateY(${position.start}px)` }}
    >
      <div
        role="button"
        data-finding-row=""
        tabIndex={position.tabbable ? 0 : -1}
        aria-expanded={state.selected}
        className={classes.row}
        onClick={state.onActivate}
        onKeyDown={state.onKeyDown}
      >
        <span className={classes.address}>{finding.address}</span>
        {state.ruleTitle !== null && <span className={classes.rule}>{state.ruleTitle}</span>}
        <span className={classes.message}>{finding.message}</span>
        {state.waived && (
          <span className={classes.reason}>
            {t("waivedReason", { reason: finding.reason ?? "" })}
          </span>
        )}
      </div>
      {state.selected && (finding.related.length > 0 || !state.waived) && (
        <div className={classes.details}>
          {finding.related.length > 0 && (
            <>
              <Caption1 id={state.relatedId}>{t("relatedCells")}</Caption1>
              <ul className={classes.relatedList} aria-labelledby={state.relatedId}>
                {finding.related.map((address) => (
                  <li key={address}>
                    <Link
                      as="button"
                      aria-label={t("goTo", { address })}
                      onClick={() => state.goTo(address)}
                    >
                      {address}
                    </Link>
                  </li>
                ))}
              </ul>
            </>
          )}
          {!state.waived && (
            <Button size="small" onClick={state.waive}>
              {t("waive")}
            </Button>
          )}
        </div>
      )}
    </li>
  );
}
