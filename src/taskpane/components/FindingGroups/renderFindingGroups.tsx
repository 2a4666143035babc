import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  CounterBadge,
} from "@fluentui/react-components";
import { FindingList } from "../FindingList/FindingList";
import type { FindingGroupsState } from "./FindingGroups.types";
import type { FindingGroupsClasses } from "./useFindingGroupsStyles.styles";

export function renderFindingGroups(state: FindingGroupsState, classes: FindingGroupsClasses) {
  return (
    <Accordion multiple collapsible openItems={state.openItems} onToggle={state.onToggle}>
      {state.views.map((v) => (
        <AccordionItem key={v.group.rule} value={v.group.rule} className={classes.item}>
          <AccordionHeader size="small">
            <span className={classes.header}>
              <span className={classes.title}>{v.title}</span>
              <span className={classes.meta}>
                <Badge
                  appearance="filled"
                  color={v.severity === "error" ? "danger" : "warning"}
                  className={v.severity === "warning" ? classes.badge.warning : undefined}
                >
                  {v.severityLabel}
                </Badge>
                <CounterBadge
                  appearance="ghost"
                  color="informative"
                  count={v.count}
                  overflowCount={Number.MAX_SAFE_INTEGER}
                  aria-label={state.t("inGroup", { count: v.count })}
                />
                <Caption1 className={classes.ruleId}>{v.group.rule}</Caption1>
              </span>
            </span>
          </AccordionHeader>
          <AccordionPanel className={classes.panel}>
            <FindingList findings={v.group.findings} label={v.title} />
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
