/** Renders the whole pane over a fake port, as index.tsx does over Excel. */
import { render, type RenderResult } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { FakePort } from "./fakePort";
import "./lazyModules";

export function renderPane(port: FakePort): RenderResult {
  return render(<App port={port} />);
}
