/** One tab per sheet, in workbook order, under the grid as in Excel. */
import { Tab, TabList } from "@fluentui/react-components";
import type { PreviewT } from "../texts";
import type { PreviewClasses } from "./previewStyles";

export interface SheetTabsProps {
  sheets: readonly string[];
  active: string | undefined;
  onActivate(sheet: string): void;
  t: PreviewT;
  classes: PreviewClasses;
}

export function SheetTabs({ sheets, active, onActivate, t, classes }: SheetTabsProps) {
  return (
    <div className={classes.tabs}>
      <TabList
        size="small"
        aria-label={t("sheetsLabel")}
        data-testid="sheet-tabs"
        selectedValue={active}
        onTabSelect={(_, data) => onActivate(String(data.value))}
      >
        {sheets.map((name) => (
          <Tab key={name} value={name} data-testid={`sheet-tab-${name}`}>
            {name}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
