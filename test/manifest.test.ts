/**
 * @jest-environment jsdom
 */
// Offline structural check of manifest.xml (Microsoft's validator needs its online service:
// `npm run validate`). jsdom's DOMParser parses the XML.
import { existsSync, readFileSync } from "fs";
import { join } from "path";

const ROOT = join(__dirname, "..");
const XSI = "http://www.w3.org/2001/XMLSchema-instance";
const BASE_URL = "https://localhost:3000";

const doc = new DOMParser().parseFromString(
  readFileSync(join(ROOT, "manifest.xml"), "utf8"),
  "application/xml"
);

function all(localName: string, within: Element | Document = doc): Element[] {
  return Array.from(within.getElementsByTagNameNS("*", localName));
}

function only(localName: string, within: Element | Document = doc): Element {
  const found = all(localName, within);
  if (found.length !== 1) throw new Error(`expected one <${localName}>, found ${found.length}`);
  return found[0];
}

function children(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((c) => c.localName === localName);
}

function xsiType(el: Element): string | null {
  return el.getAttributeNS(XSI, "type");
}

/** The bt: resource (Image, Url or String) a resid names. */
function resource(resid: string): Element {
  const found = all("Resources")
    .flatMap((r) => Array.from(r.querySelectorAll("*")))
    .filter((e) => e.getAttribute("id") === resid);
  if (found.length !== 1) throw new Error(`resid ${resid}: ${found.length} resources`);
  return found[0];
}

function resourceValue(resid: string): string {
  return resource(resid).getAttribute("DefaultValue") ?? "";
}

function sourceResid(parent: Element): string {
  return only("SourceLocation", parent).getAttribute("resid") ?? "";
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  );
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

const versionOverrides = only("VersionOverrides");
const customFunctions = all("ExtensionPoint").filter((e) => xsiType(e) === "CustomFunctions");

describe("manifest.xml", () => {
  it("is well-formed XML", () => {
    expect(all("parsererror")).toHaveLength(0);
    expect(doc.documentElement.localName).toBe("OfficeApp");
  });

  it("is an Excel task pane add-in with an id, version and names", () => {
    expect(xsiType(doc.documentElement)).toBe("TaskPaneApp");
    expect(children(doc.documentElement, "Id")[0].textContent).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
    );
    expect(children(doc.documentElement, "Version")[0].textContent).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(children(doc.documentElement, "DisplayName")[0].getAttribute("DefaultValue")).toBe(
      "Ops Planner"
    );
    const hosts = children(children(doc.documentElement, "Hosts")[0], "Host");
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(all("Host", versionOverrides).map(xsiType)).toEqual(["Workbook"]);
  });

  it("requires the shared runtime 1.1 and the custom functions runtime 1.2 (CustomFunctions.Error is 1.2)", () => {
    const sets = Object.fromEntries(
      all("Set").map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])
    );
    expect(sets).toEqual({ SharedRuntime: "1.1", CustomFunctionsRuntime: "1.2" });
    // The functions return CustomFunctions.Error, which Microsoft documents under CustomFunctionsRuntime 1.2.
    const functions = readFileSync(
      join(__dirname, "..", "src", "functions", "functions.ts"),
      "utf8"
    );
    expect(functions).toContain("new CustomFunctions.Error(");
  });

  it("asks for ReadWriteDocument", () => {
    expect(only("Permissions").textContent?.trim()).toBe("ReadWriteDocument");
  });

  it("declares one long-lived runtime on the task pane page, first in its Host", () => {
    const runtimes = all("Runtime");
    expect(runtimes).toHaveLength(1);
    expect(runtimes[0].getAttribute("resid")).toBe("Taskpane.Url");
    expect(runtimes[0].getAttribute("lifetime")).toBe("long");
    expect(only("Host", versionOverrides).firstElementChild?.localName).toBe("Runtimes");
    expect(resourceValue("Taskpane.Url")).toBe(`${BASE_URL}/taskpane.html`);
    expect(only("DefaultSettings").querySelector("*")?.getAttribute("DefaultValue")).toBe(
      `${BASE_URL}/taskpane.html`
    );
  });

  it("runs the PLAN custom functions in that same runtime", () => {
    expect(customFunctions).toHaveLength(1);
    const point = customFunctions[0];
    expect(sourceResid(only("Page", point))).toBe("Taskpane.Url");
    expect(resourceValue(sourceResid(only("Script", point)))).toBe(`${BASE_URL}/functions.js`);
    expect(resourceValue(sourceResid(only("Metadata", point)))).toBe(`${BASE_URL}/functions.json`);
    expect(resourceValue(only("Namespace", point).getAttribute("resid") ?? "")).toBe("PLAN");
    expect(only("FunctionFile").getAttribute("resid")).toBe("Taskpane.Url");
  });

  it("opens the task pane from a Home tab button, without a TaskpaneId", () => {
    expect(all("TaskpaneId")).toHaveLength(0);
    const buttons = all("Control").filter((c) => xsiType(c) === "Button");
    expect(buttons).toHaveLength(1);
    const button = buttons[0];
    expect(button.closest("OfficeTab")?.getAttribute("id")).toBe("TabHome");
    const action = only("Action", button);
    expect(xsiType(action)).toBe("ShowTaskpane");
    expect(sourceResid(action)).toBe("Taskpane.Url");
    expect(resourceValue(children(button, "Label")[0].getAttribute("resid") ?? "")).toBe(
      "Show Ops Planner"
    );
  });

  it("defines every resid it uses, exactly once", () => {
    const resids = all("*")
      .map((e) => e.getAttribute("resid"))
      .filter((r): r is string => r !== null);
    expect(resids.length).toBeGreaterThan(10);
    for (const resid of new Set(resids)) expect(resourceValue(resid)).not.toBe("");
  });

  it("points every URL at https://localhost:3000", () => {
    const urls = [
      ...all("*")
        .flatMap((e) => ["DefaultValue", "Value"].map((a) => e.getAttribute(a) ?? ""))
        .filter((v) => /^[a-z]+:\/\//i.test(v)),
      ...all("AppDomain").map((e) => e.textContent?.trim() ?? ""),
    ];
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(url).toMatch(/^https:\/\/localhost:3000(\/|$)/);
  });

  it("uses icons that exist in assets/ at the size they are declared", () => {
    const icons: { url: string; size: number }[] = [
      { url: only("IconUrl").getAttribute("DefaultValue") ?? "", size: 32 },
      { url: only("HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", size: 64 },
      ...all("Image")
        .filter((img) => img.hasAttribute("resid"))
        .map((img) => ({
          url: resourceValue(img.getAttribute("resid") ?? ""),
          size: Number(img.getAttribute("size")),
        })),
    ];
    expect(icons.length).toBeGreaterThanOrEqual(8);
    for (const { url, size } of icons) {
      const match = /^https:\/\/localhost:3000\/(assets\/[\w.-]+\.png)$/.exec(url);
      expect(match).not.toBeNull();
      const file = join(ROOT, match?.[1] ?? "");
      expect(existsSync(file)).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});
