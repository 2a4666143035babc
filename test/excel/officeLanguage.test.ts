import { officeDisplayLanguage } from "../../src/excel/officeLanguage";

const scope = globalThis as { Office?: unknown };

afterEach(() => {
  delete scope.Office;
});

describe("officeDisplayLanguage", () => {
  it("is undefined outside Office", () => {
    expect(officeDisplayLanguage()).toBeUndefined();
  });

  it("is Office's display language inside Office", () => {
    scope.Office = { context: { displayLanguage: "zh-CN" } };
    expect(officeDisplayLanguage()).toBe("zh-CN");
  });

  it("is undefined when Office.js is loaded but has no usable context", () => {
    scope.Office = { context: undefined };
    expect(officeDisplayLanguage()).toBeUndefined();
    scope.Office = {
      get context(): never {
        throw new Error("Office.context is not available outside an Office host");
      },
    };
    expect(officeDisplayLanguage()).toBeUndefined();
  });
});
