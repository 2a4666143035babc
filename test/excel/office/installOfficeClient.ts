/**
 * Runs the adapter through Office.js's own Excel client: installs the client's `Excel` and `Office` as globals (what
 * src/excel/ calls), with every request answered by a FakeExcelHost over the given fake workbook, and
 * `Office.context` saying which ExcelApi versions the host has (as fake.install does for the fake alone).
 */
import { versionAtMost, type FakeExcel } from "../fakeExcel";
import { FakeExcelHost, type FakeExcelHostOptions } from "./fakeExcelHost";
import { loadOfficeClient, type OfficeClient } from "./loadOfficeClient";

export interface InstallOptions extends FakeExcelHostOptions {
  displayLanguage?: string;
  /** The highest ExcelApi version the host supports. */
  apiVersion?: string;
}

export interface InstalledClient {
  client: OfficeClient;
  host: FakeExcelHost;
  uninstall(): void;
}

export function installOfficeClient(
  fake: FakeExcel,
  options: InstallOptions = {}
): InstalledClient {
  const client = loadOfficeClient();
  const apiVersion = options.apiVersion ?? "1.17";
  const isSetSupported = (name: string, version?: string): boolean =>
    name === "ExcelApi" && versionAtMost(version ?? "1.1", apiVersion);
  const host = new FakeExcelHost(fake, client, { isSetSupported, ...options });
  client.setHost(host);
  client.setContext({
    displayLanguage: options.displayLanguage ?? "en-US",
    requirements: { isSetSupported },
  });
  const g = globalThis as Record<string, unknown>;
  const before = { Excel: g.Excel, Office: g.Office };
  g.Excel = client.Excel;
  g.Office = client.Office;
  return {
    client,
    host,
    uninstall: () => {
      if (g.Excel !== client.Excel) return; // already uninstalled, or another installation is on top
      client.setHost(undefined);
      g.Excel = before.Excel;
      g.Office = before.Office;
    },
  };
}
