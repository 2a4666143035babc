import { readFileSync } from "fs";
import { join } from "path";
import { ALL_RULES } from "../src/core/rules";
import { sampleBreachTable } from "../src/core/sample";
import { badInputTable } from "./cli/badInputs";

const readme = readFileSync(join(__dirname, "..", "README.md"), "utf8");

describe("README", () => {
  it("lists exactly the sample's deliberate breaches", () => {
    expect(readme).toContain(sampleBreachTable("en").trim());
  });

  it("lists exactly the catalogue of bad inputs, with what a planner gets for each", () => {
    expect(readme).toContain(badInputTable());
  });

  it("names every rule id", () => {
    for (const rule of ALL_RULES) expect(readme).toContain(rule.id);
  });

  it("gives the two-command quick start", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toContain("npm ci && npm test");
  });
});
