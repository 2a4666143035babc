import {
  Body1,
  Body1Strong,
  Caption1,
  Combobox,
  Field,
  Option,
  Radio,
  RadioGroup,
  SpinButton,
  Subtitle2,
} from "@fluentui/react-components";
import { SLOT_OBJECTIVES, type SlotObjective } from "../../../core/metrics/slotValue";
import type { SlotSectionState } from "./SlotSection.types";
import type { SlotSectionClasses } from "./useSlotSectionStyles.styles";

export function renderSlotSection(state: SlotSectionState, classes: SlotSectionClasses) {
  const { t } = state;
  return (
    <section className={classes.root} aria-label={t("slotTitle")}>
      <Subtitle2 as="h3" className={classes.heading}>
        {t("slotTitle")}
      </Subtitle2>
      <Body1 as="p">{t("slotIntro")}</Body1>
      <Field label={t("slotCandidates")} hint={t("slotCandidatesHint")}>
        <Combobox
          multiselect
          value={state.selectedText}
          selectedOptions={state.selected}
          onOptionSelect={(_, data) => state.toggle(data.selectedOptions)}
        >
          {state.options.map((o) => (
            <Option key={o.sku} value={o.sku} text={o.label}>
              {o.label}
            </Option>
          ))}
        </Combobox>
      </Field>
      <Field label={t("slotObjective")}>
        <RadioGroup
          layout="horizontal"
          value={state.objective}
          onChange={(_, data) => state.setObjective(data.value as SlotObjective)}
        >
          {SLOT_OBJECTIVES.map((o) => (
            <Radio key={o} value={o} label={t(`slot_${o}`)} />
          ))}
        </RadioGroup>
      </Field>
      <Field label={t("slotVisitors")} hint={t("slotVisitorsHint")}>
        <SpinButton
          min={0}
          step={1000}
          value={state.visitors}
          onChange={(_, data) => {
            const v = data.value ?? Number(String(data.displayValue ?? "").replace(/[,\s]/g, ""));
            if (Number.isFinite(v)) state.setVisitors(v);
          }}
        />
      </Field>
      <Caption1 className={classes.muted}>{state.store}</Caption1>
      {state.tie && <Caption1 className={classes.muted}>{state.tie}</Caption1>}
      {state.empty !== null ? (
        <Body1 as="p">{state.empty}</Body1>
      ) : (
        <ol className={classes.ranking} aria-label={t("slotTitle")}>
          {state.candidates.map((c) => (
            <li key={c.sku} className={classes.card}>
              <Body1Strong as="h4" className={classes.heading}>
                {c.title}
              </Body1Strong>
              <Body1 className={c.ranked ? undefined : classes.muted}>{c.value}</Body1>
              {c.lines.map((line) => (
                <Caption1 key={line} className={classes.line}>
                  {line}
                </Caption1>
              ))}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
