import "server-only";
// KaTeX declares its fonts with `font-display: block`, and a browser asks for a font only once
// layout needs it, so the first paragraph of math on a thread page re-wrapped when Math-Italic
// arrived (Lighthouse CLS 0.069). Preloading the two fonts almost every formula uses starts them
// beside the stylesheet. The build names them by content hash: the names are read once from its
// output, and a build without them (development) simply preloads nothing.
import { readdirSync } from "node:fs";
import path from "node:path";
import { preload } from "react-dom";

const FONTS = ["KaTeX_Main-Regular", "KaTeX_Math-Italic"];
let hrefs: string[] | undefined;

function fontHrefs(): string[] {
  if (hrefs) return hrefs;
  try {
    const files = readdirSync(path.join(process.cwd(), ".next", "static", "media"));
    hrefs = FONTS.flatMap((font) => files.filter((f) => f.startsWith(`${font}.`) && f.endsWith(".woff2")).slice(0, 1)).map((f) => `/_next/static/media/${f}`);
  } catch {
    hrefs = [];
  }
  return hrefs;
}

/** Call while rendering a page that shows math from user text. */
export function preloadMathFonts(): void {
  for (const href of fontHrefs()) preload(href, { as: "font", type: "font/woff2", crossOrigin: "anonymous" });
}
