/**
 * jsdom has no layout: `offsetParent` is always null, so Tabster (Fluent's focus manager) takes every element for
 * display:none. Fluent's Dialog then finds nothing to focus, focuses its surface, Tabster misses the modal's
 * activation and hides the open dialog (aria-hidden) 250 ms later. A browser's answer, minus geometry: an element
 * has an offset parent unless it or an ancestor is hidden (the `hidden` attribute or an inline display:none).
 */
function renderedHidden(el: Element | null): boolean {
  for (let e = el; e; e = e.parentElement) {
    if (e instanceof HTMLElement && (e.hidden || e.style.display === "none")) return true;
  }
  return false;
}

Object.defineProperty(HTMLElement.prototype, "offsetParent", {
  configurable: true,
  get(this: HTMLElement): Element | null {
    if (!this.isConnected || this === this.ownerDocument.body || renderedHidden(this)) return null;
    return this.parentElement ?? this.ownerDocument.body;
  },
});

// Tabster also takes a zero-sized <body> for a hidden iframe: give it the task pane's size.
const PANE = { x: 0, y: 0, width: 320, height: 640 };
HTMLBodyElement.prototype.getBoundingClientRect = function (): DOMRect {
  return {
    ...PANE,
    top: 0,
    left: 0,
    right: PANE.width,
    bottom: PANE.height,
    toJSON: () => PANE,
  } as DOMRect;
};

// jsdom has no ResizeObserver; Fluent's MessageBar asks for one (and never gets a size here anyway).
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver ??= NoResizeObserver as unknown as typeof ResizeObserver;

// jsdom has no Element.scrollTo (a virtualised list scrolls its rows into view with it): a browser's, minus layout —
// it sets the offsets now and fires "scroll" at the next animation frame, as a browser does.
if (typeof Element.prototype.scrollTo !== "function") {
  Element.prototype.scrollTo = function (
    this: Element,
    options?: ScrollToOptions | number,
    y?: number
  ): void {
    const to = typeof options === "number" ? { left: options, top: y } : (options ?? {});
    if (to.top !== undefined) this.scrollTop = Math.max(0, to.top);
    if (to.left !== undefined) this.scrollLeft = Math.max(0, to.left);
    requestAnimationFrame(() => this.dispatchEvent(new Event("scroll")));
  };
}
