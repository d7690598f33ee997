// Macros shared by every page's math (and, later, by user-written Markdown with math).
// KaTeX mutates the object it is given when a page uses \gdef, so callers pass a copy.
export const katexMacros: Readonly<Record<string, string>> = {
  "\\R": "\\mathbb{R}",
  "\\E": "\\mathbb{E}",
  "\\tr": "\\operatorname{tr}",
  "\\diag": "\\operatorname{diag}",
  "\\norm": "\\left\\lVert #1 \\right\\rVert",
};
