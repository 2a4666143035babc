/** Renders the whole pane over a fake port, as index.tsx does over Excel. */
import { configure, render, type RenderResult } from "@testing-library/react";
import { App } from "../../src/taskpane/App";
import type { FakePort } from "./fakePort";
import "./lazyModules";

// jsdom computes Fluent's styles slowly on a loaded machine: a findBy / waitFor waits up to 5 s, not 1 s. What never
// shows still fails the test, only later.
configure({ asyncUtilTimeout: 5_000 });

export function renderPane(port: FakePort): RenderResult {
  return render(<App port={port} />);
}
