/**
 * Runs the existing fake-only adapter tests through Office.js's own client, unchanged: a jest setup file that makes
 * `fake.install()` install the client (installOfficeClient.ts) over that fake instead of the fake's own Excel, and
 * `fake.fireChanged()` push the change to the client as Excel pushes it (the handlers are the client's then).
 *
 *   npx jest --setupFilesAfterEnv ./test/excel/office/throughOfficeClient.ts test/excel/excelWorkbook.test.ts
 *
 * What differs then is what the fake assumes and Office.js does otherwise (the closing report of issue 10 lists the
 * differences found). Not part of the default run.
 */
import { FakeExcel } from "../fakeExcel";
import { installOfficeClient, type InstalledClient } from "./installOfficeClient";

const installed = new WeakMap<FakeExcel, InstalledClient>();

FakeExcel.prototype.install = function (
  this: FakeExcel,
  displayLanguage = "en-US",
  apiVersion = "1.17"
): () => void {
  const client = installOfficeClient(this, { displayLanguage, apiVersion });
  installed.set(this, client);
  return client.uninstall;
};

FakeExcel.prototype.fireChanged = async function (
  this: FakeExcel,
  sheet: string,
  address: string
): Promise<void> {
  const client = installed.get(this);
  if (!client) throw new Error("fake.install() first");
  client.host.fireWorksheetChanged(sheet, address);
  // The client's dispatch, then the handler's own Excel.run.
  for (let i = 0; i < 20; i++) await new Promise((r) => setTimeout(r, 0));
};
