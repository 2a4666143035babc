/**
 * @jest-environment jsdom
 */
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { fireEvent, screen, waitFor } from "@testing-library/react";
import type { DiagnosticsReport } from "../../src/core/port";
import { DIAGNOSTIC_CHECKS } from "../../src/core/port";
import type { Lang } from "../../src/core/schema/types";
import { paneTexts } from "../../src/taskpane/i18n";
import { fakePort, type FakePort } from "./fakePort";
import { findButton, queryButton } from "./queries";
import { renderPane } from "./render";

const REPORT: DiagnosticsReport = {
  checks: DIAGNOSTIC_CHECKS.map((id) => ({
    id,
    ok: id !== "planErrorInput",
    seen: id === "planErrorInput" ? '=PLAN.CONVERSION(A8:A10,B8:B10) shows "#N/A"' : `seen ${id}`,
  })),
  host: { application: "Excel", version: "16.0.18129.20000", platform: "PC" },
  sets: [
    { name: "SharedRuntime", version: "1.1", supported: true },
    { name: "ExcelApi", version: "1.14", supported: false },
    { name: "ExcelApiOnline", version: "1.1", supported: undefined },
  ],
};

function withDiagnostics(lang: Lang, report: Promise<DiagnosticsReport>): FakePort {
  const port = fakePort({ displayLanguage: lang });
  (port as { runDiagnostics?: () => Promise<DiagnosticsReport> }).runDiagnostics = jest.fn(
    () => report
  );
  return port;
}

async function open(lang: Lang): Promise<void> {
  fireEvent.click(await findButton(paneTexts[lang].diagnostics));
}

describe.each<Lang>(["en", "zh-CN"])("Diagnostics (Plan tab, %s)", (lang) => {
  const t = paneTexts[lang];
  let writeText: jest.Mock;
  beforeEach(() => {
    writeText = jest.fn(async () => undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
  });

  it("runs the checks and shows each one's pass or fail with what was seen, this Excel and its sets", async () => {
    const port = withDiagnostics(lang, Promise.resolve(REPORT));
    renderPane(port);
    await open(lang);
    fireEvent.click(await findButton(t.diagnosticsRun));
    await screen.findByText(t.diagnostics_largeRequest);
    expect(port.runDiagnostics).toHaveBeenCalledTimes(1);
    for (const id of DIAGNOSTIC_CHECKS) {
      const name = screen.getByText(t[`diagnostics_${id}`]);
      const row = name.closest("li") as HTMLElement;
      expect(row).toHaveTextContent(
        id === "planErrorInput" ? t.diagnosticsFail : t.diagnosticsPass
      );
    }
    expect(screen.getByText(`seen sheetAddDelete`)).toBeInTheDocument();
    expect(screen.getByText("16.0.18129.20000")).toBeInTheDocument();
    expect(screen.getByText("ExcelApi 1.14").nextSibling).toHaveTextContent(t.diagnosticsNo);
    expect(screen.getByText("ExcelApiOnline 1.1").nextSibling).toHaveTextContent(
      t.diagnosticsUnknown
    );

    fireEvent.click(await findButton(t.diagnosticsCopy));
    await screen.findByText(t.diagnosticsCopied);
    const text = String(writeText.mock.calls[0][0]);
    expect(text).toContain("Excel: Excel 16.0.18129.20000");
    expect(text).toContain(
      `PASS sheetAddDelete (${t.diagnostics_sheetAddDelete}): seen sheetAddDelete`
    );
    expect(text).toContain(
      `FAIL planErrorInput (${t.diagnostics_planErrorInput}): =PLAN.CONVERSION`
    );
    expect(text).toContain(`ExcelApi 1.14: ${t.diagnosticsNo}`);
  });

  it("without a clipboard, the report is shown to copy by hand", async () => {
    Object.defineProperty(navigator, "clipboard", { value: undefined, configurable: true });
    renderPane(withDiagnostics(lang, Promise.resolve(REPORT)));
    await open(lang);
    fireEvent.click(await findButton(t.diagnosticsRun));
    fireEvent.click(await findButton(t.diagnosticsCopy));
    await screen.findByText(t.diagnosticsCopyFailed);
    const box = screen.getByLabelText(t.diagnosticsReport) as HTMLTextAreaElement;
    expect(box.value).toContain("PASS largeRequest");
  });

  it("a run that fails shows the error; the checks can run again", async () => {
    const port = withDiagnostics(lang, Promise.reject(new Error("GeneralException")));
    renderPane(port);
    await open(lang);
    fireEvent.click(await findButton(t.diagnosticsRun));
    const title = await screen.findByText(t.errorTitle);
    expect(title.closest('[role="alert"]')).toHaveTextContent("GeneralException");
    await waitFor(async () => expect(await findButton(t.diagnosticsRun)).toBeEnabled());
  });

  it("in the browser preview (no Excel to check) it says so and offers no run", async () => {
    renderPane(fakePort({ displayLanguage: lang }));
    await open(lang);
    await screen.findByText(t.diagnosticsUnavailable);
    expect(queryButton(t.diagnosticsRun)).toBeNull();
  });
});
