/** Office's UI theme (Colorful / White are light, Dark Gray / Black are dark), or undefined outside Office. */
export type PaneTheme = "light" | "dark";

/** Whether a "#RRGGBB" background is dark: relative luminance (sRGB, WCAG) below the midpoint. */
export function isDarkBackground(hex: string): boolean | undefined {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) return undefined;
  const [r, g, b] = m.slice(1).map((h) => {
    const c = parseInt(h, 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 0.18;
}

export function officeTheme(): PaneTheme | undefined {
  if (typeof Office === "undefined") return undefined;
  try {
    const theme = Office.context?.officeTheme;
    if (!theme) return undefined;
    // isDarkTheme is the newer member; older hosts give only the colours.
    if (typeof theme.isDarkTheme === "boolean") return theme.isDarkTheme ? "dark" : "light";
    const dark = isDarkBackground(theme.bodyBackgroundColor ?? "");
    return dark === undefined ? undefined : dark ? "dark" : "light";
  } catch {
    return undefined; // Office.js loaded outside an Office host: context is not usable
  }
}
