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
