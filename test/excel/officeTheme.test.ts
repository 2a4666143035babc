import { isDarkBackground, officeTheme } from "../../src/excel/officeTheme";

const scope = globalThis as { Office?: unknown };

afterEach(() => {
  delete scope.Office;
});

describe("isDarkBackground", () => {
  it.each([
    ["#FFFFFF", false], // White
    ["#E6E6E6", false], // Colorful's body
    ["#666666", true], // Dark Gray
    ["#262626", true], // Black
    ["#000000", true],
    ["767676", false], // no "#": still a colour; mid grey reads light
  ])("%s → %s", (hex, dark) => {
    expect(isDarkBackground(hex)).toBe(dark);
  });

  it("is undefined for what is not a hex colour", () => {
    expect(isDarkBackground("")).toBeUndefined();
    expect(isDarkBackground("white")).toBeUndefined();
    expect(isDarkBackground("#FFF")).toBeUndefined();
  });
});

describe("officeTheme", () => {
  it("is undefined outside Office", () => {
    expect(officeTheme()).toBeUndefined();
  });

  it("follows isDarkTheme where the host has it", () => {
    scope.Office = {
      context: { officeTheme: { isDarkTheme: true, bodyBackgroundColor: "#FFFFFF" } },
    };
    expect(officeTheme()).toBe("dark");
    scope.Office = {
      context: { officeTheme: { isDarkTheme: false, bodyBackgroundColor: "#000000" } },
    };
    expect(officeTheme()).toBe("light");
  });

  it("reads the body background where isDarkTheme is missing", () => {
    scope.Office = { context: { officeTheme: { bodyBackgroundColor: "#262626" } } };
    expect(officeTheme()).toBe("dark");
    scope.Office = { context: { officeTheme: { bodyBackgroundColor: "#F3F3F3" } } };
    expect(officeTheme()).toBe("light");
    scope.Office = { context: { officeTheme: { bodyBackgroundColor: "" } } };
    expect(officeTheme()).toBeUndefined();
  });

  it("is undefined when the host has no theme or no usable context", () => {
    scope.Office = { context: {} };
    expect(officeTheme()).toBeUndefined();
    scope.Office = {
      get context(): never {
        throw new Error("Office.context is not available outside an Office host");
      },
    };
    expect(officeTheme()).toBeUndefined();
  });
});
