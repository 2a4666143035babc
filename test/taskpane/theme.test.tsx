/**
 * @jest-environment jsdom
 */
// The pane takes Office's theme: dark tokens under Dark Gray / Black, light ones otherwise (and in the preview).
import "@testing-library/jest-dom";
import "./jsdomLayout";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import { fakePort } from "./fakePort";
import "./lazyModules";

/** The custom properties the FluentProvider around `el` defines (Fluent writes them as a rule for its class). */
function themeVariables(el: HTMLElement): string {
  const provider = el.closest(".fui-FluentProvider") as HTMLElement;
  const classes = [...provider.classList].filter(
    (c) => c.startsWith("fui-FluentProvider") && c !== "fui-FluentProvider"
  );
  const text: string[] = [];
  for (const sheet of [...document.styleSheets])
    for (const rule of [...sheet.cssRules])
      if (rule instanceof CSSStyleRule && classes.some((c) => rule.selectorText.includes(`.${c}`)))
        text.push(rule.cssText);
  return text.join("\n");
}

describe("the pane's theme", () => {
  it("is Fluent's dark theme when Office is dark", () => {
    render(<App port={fakePort()} theme="dark" />);
    const vars = themeVariables(screen.getByRole("main"));
    expect(vars).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
    expect(vars).not.toContain(
      `--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`
    );
  });

  it("is the light theme when Office is light or the theme is unknown", () => {
    const { unmount } = render(<App port={fakePort()} theme="light" />);
    expect(themeVariables(screen.getByRole("main"))).toContain(
      `--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`
    );
    unmount();
    render(<App port={fakePort()} />);
    expect(themeVariables(screen.getByRole("main"))).toContain(
      `--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`
    );
  });
});
