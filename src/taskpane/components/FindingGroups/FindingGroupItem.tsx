/**
 * One rule's group: its header (title, severity, count, rule id) and, open, its findings. Memoised: a filter that
 * leaves a group as it was (the same group object) does not render it again.
 */
import {
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Caption1,
  CounterBadge,
} from "@fluentui/react-components";
import { memo } from "react";
import { FindingList } from "../FindingList/FindingList";
import type { GroupView } from "./FindingGroups.types";
import { useFindingGroupsStyles } from "./useFindingGroupsStyles.styles";

export const FindingGroupItem = memo(function FindingGroupItem(props: GroupView) {
  const classes = useFindingGroupsStyles();
  const { group, title, severity } = props;
  return (
    <AccordionItem value={group.rule} className={classes.item}>
      <AccordionHeader size="small">
        <span className={classes.header}>
          <span className={classes.title}>{title}</span>
          <span className={classes.meta}>
            <Badge
              appearance="filled"
              color={severity === "error" ? "danger" : "warning"}
              className={severity === "warning" ? classes.badge.warning : undefined}
            >
              {props.severityLabel}
            </Badge>
            <CounterBadge
              appearance="ghost"
              color="informative"
              count={props.count}
              overflowCount={Number.MAX_SAFE_INTEGER}
              aria-label={props.countLabel}
            />
            <Caption1 className={classes.ruleId}>{group.rule}</Caption1>
          </span>
        </span>
      </AccordionHeader>
      <AccordionPanel className={classes.panel}>
        <FindingList findings={group.findings} label={title} />
      </AccordionPanel>
    </AccordionItem>
  );
});
