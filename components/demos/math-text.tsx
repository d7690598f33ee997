// Prose with inline $…$ and display $$…$$ math, typeset by KaTeX on the server (no client JS).
import katex from "katex";
import { katexMacros } from "@/lib/content/katex-macros";

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]!);

/** Alternating text and math; `$$` delimits display math, `$` inline math. */
export function renderMathText(source: string): string {
  return source
    .split(/(\$\$[^$]+\$\$|\$[^$]+\$)/)
    .map((part) => {
      const display = part.startsWith("$$");
      if (!part.startsWith("$")) return escapeHtml(part);
      const tex = part.slice(display ? 2 : 1, display ? -2 : -1);
      // KaTeX mutates macros on \gdef, so it gets a copy.
      const html = katex.renderToString(tex, { displayMode: display, throwOnError: true, output: "htmlAndMathml", macros: { ...katexMacros } });
      // A display equation wider than a phone scrolls on its own instead of widening the page;
      // focusable so that keyboard users can scroll it too.
      return display ? `<span class="block overflow-x-auto overflow-y-hidden" tabindex="0">${html}</span>` : html;
    })
    .join("");
}

export function MathText({ children, className }: { children: string; className?: string }) {
  return <p className={className} dangerouslySetInnerHTML={{ __html: renderMathText(children) }} />;
}
