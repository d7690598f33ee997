// Typesets the math that remark-math marked, with KaTeX on the server, AFTER sanitizing: the
// sanitizer only ever sees math as plain text in <code class="math-*">, and KaTeX's output goes
// straight into the HTML (as a raw node) without being re-parsed or re-sanitized.
//
// Why that is safe: KaTeX escapes every piece of the TeX it puts into HTML, and `trust: false`
// turns off the only commands that emit attributes from user text (\href, \url, \includegraphics,
// \htmlClass, \htmlId, \htmlStyle, \htmlData). Colours are checked by KaTeX against a pattern, and
// sizes are capped by maxSize. What remains is KaTeX's own fixed vocabulary of spans, MathML and
// inline styles, which a sanitizer would otherwise have to admit wholesale (style attributes
// included). tests/unit/markdown/ asserts this on the XSS corpus and the fuzzer's output.
import type { Element, ElementContent, Root } from "hast";
import katex from "katex";
import type { Root as MdastRoot } from "mdast";
import { visit, SKIP } from "unist-util-visit";
import type { VFile } from "vfile";
import { katexMacros } from "../content/katex-macros";
import { mathCode, texOf } from "../content/math-nodes";
import { KATEX_MAX_EXPAND, KATEX_MAX_NESTING, KATEX_MAX_SIZE_EM } from "./limits";

/**
 * `$$…$$` written on one line is, for remark-math, inline math; people mean display math, as in
 * LaTeX and on other forums. So a paragraph that is nothing but one `$$…$$` becomes display math.
 * (Inside a sentence it stays inline: a display block cannot sit inside a paragraph.)
 */
export function remarkLoneDisplayMath() {
  return (tree: MdastRoot, file: VFile) => {
    const source = String(file.value);
    visit(tree, "paragraph", (node) => {
      const only = node.children.length === 1 ? node.children[0] : undefined;
      const start = only?.position?.start.offset;
      if (only?.type !== "inlineMath" || start === undefined || !source.startsWith("$$", start)) return;
      // The shape remark-math gives display math: <pre><code class="language-math math-display">.
      node.data = { ...node.data, hName: "pre" };
      only.data = { ...only.data, hProperties: { className: ["language-math", "math-display"] } };
    });
  };
}

export function rehypeUserMath() {
  return (tree: Root) => {
    // One copy of the site's macros per post: a \gdef in one formula serves the later ones, as in
    // a LaTeX document, and never leaks into another post.
    const macros = { ...katexMacros };
    visit(tree, "element", (node, index, parent) => {
      const math = mathCode(node);
      if (!math || !parent || index === undefined) return;
      const typeset = typesetMath(texOf(math.code), math.display, macros);
      parent.children[index] = math.display ? displayMath(typeset) : { type: "element", tagName: "span", properties: { className: ["math-inline"] }, children: [typeset] };
      return SKIP;
    });
  };
}

function typesetMath(tex: string, displayMode: boolean, macros: Record<string, string>): ElementContent {
  if (nestingDepth(tex) > KATEX_MAX_NESTING) return mathError(tex, `Math nested more than ${KATEX_MAX_NESTING} levels deep is not typeset`);
  try {
    const html = katex.renderToString(tex, {
      displayMode,
      macros,
      output: "htmlAndMathml",
      trust: false,
      // Bad TeX becomes KaTeX's red error span, and LaTeX-compatibility warnings are not errors.
      throwOnError: false,
      strict: "ignore",
      maxSize: KATEX_MAX_SIZE_EM,
      maxExpand: KATEX_MAX_EXPAND,
    });
    return { type: "raw", value: html };
  } catch (error) {
    // Not a ParseError (those are rendered by KaTeX): e.g. a stack overflow on absurd nesting.
    return mathError(tex, error instanceof Error ? error.message : String(error));
  }
}

/** The TeX as text, marked the way KaTeX marks its own parse errors. */
function mathError(tex: string, message: string): Element {
  return { type: "element", tagName: "span", properties: { className: ["katex-error"], title: message }, children: [{ type: "text", value: tex }] };
}

/** How deep groups nest: braces, \left…\right and \begin…\end (escaped braces are not groups). */
function nestingDepth(tex: string): number {
  let depth = 0;
  let deepest = 0;
  for (const [token] of tex.matchAll(/\\(?:left|begin)(?![A-Za-z])|\\(?:right|end)(?![A-Za-z])|\\.|[{}]/g)) {
    if (token === "{" || token === "\\left" || token === "\\begin") deepest = Math.max(deepest, ++depth);
    else if (token === "}" || token === "\\right" || token === "\\end") depth--;
  }
  return deepest;
}

// Wide equations scroll sideways on phones; a scrollable region must be reachable by keyboard,
// hence tabIndex and a name for what receives focus.
function displayMath(typeset: ElementContent): Element {
  return {
    type: "element",
    tagName: "div",
    properties: { className: ["math-display"], tabIndex: 0, role: "group", ariaLabel: "Equation" },
    children: [typeset],
  };
}
