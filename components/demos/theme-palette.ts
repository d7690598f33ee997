// Plot colours come from the site's theme tokens (CSS variables), re-read whenever the theme
// switches: the toggle sets data-theme on <html>, which a MutationObserver watches.
import { useEffect, useState, type RefObject } from "react";

export interface Palette {
  ink: string;
  axis: string;
  grid: string;
  /** Neutral colour for theory lines that pair with no simulated series. */
  neutral: string;
  series: string[];
  font: string;
}

const SERIES_COUNT = 8;

/** The same colours as CSS references, for DOM elements that follow the theme by themselves. */
export const cssColors: Pick<Palette, "series" | "neutral"> = {
  series: Array.from({ length: SERIES_COUNT }, (_, i) => `var(--series-${i + 1})`),
  neutral: "var(--ink-3)",
};

export function readPalette(el: Element): Palette {
  const css = getComputedStyle(el);
  const v = (name: string) => css.getPropertyValue(name).trim();
  return {
    ink: v("--ink"),
    axis: v("--ink-2"),
    grid: v("--rule"),
    neutral: v("--ink-3"),
    series: Array.from({ length: SERIES_COUNT }, (_, i) => v(`--series-${i + 1}`)),
    font: css.fontFamily,
  };
}

/** The palette of the element's theme; null until mounted. */
export function usePalette(ref: RefObject<HTMLElement | null>): Palette | null {
  const [palette, setPalette] = useState<Palette | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => setPalette(readPalette(el));
    update();
    const observer = new MutationObserver(update);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["data-theme"] });
    return () => observer.disconnect();
  }, [ref]);
  return palette;
}
