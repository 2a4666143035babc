/**
 * Fast queries for the pane's tests. Role queries make jsdom compute the styles of every candidate against Fluent's
 * ~900 CSS rules, which costs about a second per query after each change; the buttons are therefore found by their
 * visible label, and the accessibility tests check the role names once.
 */
import { within } from "@testing-library/react";

export function button(label: string, scope: HTMLElement = document.body): HTMLButtonElement {
  return within(scope).getByText(label, { selector: "button" }) as HTMLButtonElement;
}

export async function findButton(
  label: string,
  scope: HTMLElement = document.body
): Promise<HTMLButtonElement> {
  return (await within(scope).findByText(label, { selector: "button" })) as HTMLButtonElement;
}

export function queryButton(
  label: string,
  scope: HTMLElement = document.body
): HTMLButtonElement | null {
  return within(scope).queryByText(label, { selector: "button" }) as HTMLButtonElement | null;
}

/**
 * Whether a Fluent button can be pressed. A `disabledFocusable` button has no `disabled` attribute (so jest-dom's
 * toBeEnabled holds) but aria-disabled="true", and Fluent ignores its clicks.
 */
export function isPressable(b: HTMLElement): boolean {
  return !(b as HTMLButtonElement).disabled && b.getAttribute("aria-disabled") !== "true";
}

/** Disabled the focusable way: announced as disabled, still in the tab order, still described by its note. */
export function expectDisabledFocusable(b: HTMLElement): void {
  expect(b).toHaveAttribute("aria-disabled", "true");
  expect(b).not.toHaveAttribute("disabled");
  expect(b).not.toHaveAttribute("tabindex", "-1");
}
