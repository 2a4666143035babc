/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { paneTexts } from "../../src/taskpane/i18n";
import { VERSION_NAME_SETTING } from "../../src/taskpane/components/VersionsTab/useVersionsTab";
import { fakePort, sampleSheets, writeCell } from "./fakePort";
import { button, findButton } from "./queries";
import { renderPane } from "./render";

// Each test saves, reads and compares the sample plan through the pane: seconds on a loaded machine.
jest.setTimeout(60_000);

const en = paneTexts.en;
const zh = paneTexts["zh-CN"];

async function openVersions(port: ReturnType<typeof fakePort>, label = en.tabVersions) {
  renderPane(port);
  fireEvent.click(screen.getByRole("tab", { name: label }));
  await waitFor(() => expect(port.listVersions).toHaveBeenCalled());
}

async function saveAs(name: string, label = en) {
  const input = screen.getByLabelText(new RegExp(label.versionName));
  fireEvent.change(input, { target: { value: name } });
  fireEvent.click(button(label.saveVersion));
  await screen.findByText(label.versionSaved.replace("{{name}}", name));
}

describe("Versions tab", () => {
  it("saves a version with its name remembered, lists it, and marks a baseline", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    await openVersions(port);
    expect(await screen.findByText(en.versionsEmpty)).toBeInTheDocument();
    fireEvent.click(button(en.saveVersion));
    expect(await screen.findByText(en.versionNameMissing)).toBeInTheDocument();
    expect(port.saveVersion).not.toHaveBeenCalled();

    await saveAs("Original");
    expect(port.settings.get(VERSION_NAME_SETTING)).toBe("Original");
    const list = screen.getByRole("list");
    const item = within(list).getByRole("listitem", { name: "Original" });
    expect(within(item).queryByText(en.baselineBadge)).toBeNull();
    fireEvent.click(button(en.markBaseline, item));
    expect(await within(item).findByText(en.baselineBadge)).toBeInTheDocument();
    expect((await port.listVersions())[0].baseline).toBe(true);
  });

  it("compares a version with the working plan after an edit, and writes the Changes sheet", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    await openVersions(port);
    await saveAs("Original");
    const promotions = port.sheets.find((s) => s.name === "Promotions");
    const price = promotions?.rows[1][6];
    writeCell(port.sheets, "Promotions!G2", 1);
    fireEvent.click(button(en.compareWithPlan));
    const result = await screen.findByTestId("comparison");
    expect(within(result).getByText(/^From Original to Working plan$/)).toBeInTheDocument();
    const sheet = within(result).getByRole("region", { name: "Promotions" });
    expect(sheet).toHaveTextContent("0 added, 0 removed, 1 changed");
    expect(sheet).toHaveTextContent(`Promo price ${String(price)} → 1`);
    fireEvent.click(button(en.writeChanges, result));
    await screen.findByText(en.changesWritten);
    const [report, lang] = port.writeChanges.mock.calls[0];
    expect(lang).toBe("en");
    expect(report.rows[0].slice(0, 2)).toEqual(["Promotions", "changed"]);
  });

  it("restores after a confirmation that lists what changes, saving the working plan first", async () => {
    const port = fakePort({ sheets: sampleSheets() });
    await openVersions(port);
    await saveAs("Original");
    writeCell(port.sheets, "Promotions!G2", 1);
    fireEvent.click(button(en.restoreVersion));
    const dialog = await screen.findByRole("dialog");
    expect(dialog).toHaveTextContent(en.restoreTitle.replace("{{name}}", "Original"));
    expect(dialog).toHaveTextContent("Before restoring Original");
    expect(within(dialog).getByRole("region", { name: "Promotions" })).toHaveTextContent("→");
    fireEvent.click(await findButton(en.restoreConfirm, dialog));
    await screen.findByText(/^Restored “Original”/);
    expect(port.restoreVersion).toHaveBeenCalledTimes(1);
    const names = (await port.listVersions()).map((v) => v.name);
    expect(names).toEqual(["Original", "Before restoring Original"]);
    // The edit is undone; the version saved before restoring holds it.
    const row = port.sheets.find((s) => s.name === "Promotions")?.rows[1];
    expect(row?.[6]).not.toBe(1);
    const backup = await port.readVersion(2);
    expect(backup.snapshot.sheets.find((s) => s.id === "promotions")?.rows[1][6]).toBe(1);
  });

  it("speaks Chinese", async () => {
    const port = fakePort({ sheets: sampleSheets("zh-CN"), displayLanguage: "zh-CN" });
    await openVersions(port, zh.tabVersions);
    await saveAs("原计划", zh);
    expect(screen.getByText(zh.compareWithPlan, { selector: "button" })).toBeInTheDocument();
    fireEvent.click(button(zh.compareWithPlan));
    const result = await screen.findByTestId("comparison");
    expect(within(result).getByText(zh.compareEqual)).toBeInTheDocument();
  });
});
