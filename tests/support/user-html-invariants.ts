// What cooked user HTML may contain, checked with a real HTML parser (parse5, as a browser parses
// it). Used by the XSS corpus, the fuzzer and, later, the browser-level check. Returns the
// violations found (empty when the HTML is safe).
import { parseFragment, type DefaultTreeAdapterMap } from "parse5";

type Node = DefaultTreeAdapterMap["node"];
type Element = DefaultTreeAdapterMap["element"];

// Markdown's elements (the sanitizer's allow-list) plus the wrappers the renderer adds.
const markdownElements = new Set(
  "p br hr h1 h2 h3 h4 h5 h6 blockquote ul ol li em strong del code pre a table thead tbody tr th td input sup section span div".split(" "),
);
// KaTeX's output: spans, inline SVG for stretchy glyphs, and MathML.
const katexElements = new Set(
  [
    "span", "svg", "path", "line",
    "math", "semantics", "annotation", "mrow", "mi", "mn", "mo", "ms", "mtext", "mspace", "msup", "msub", "msubsup",
    "mfrac", "msqrt", "mroot", "mover", "munder", "munderover", "mtable", "mtr", "mtd", "mlabeledtr", "mpadded",
    "mphantom", "mstyle", "menclose", "merror",
  ],
);
const markdownClasses = new Set([
  "math-inline", "math-display", "image-link", "mention", "contains-task-list", "task-list-item", "footnotes", "sr-only",
  "data-footnote-backref", "hljs", "katex-display",
]);
// highlight.js scopes such as "title.function" become "hljs-title function_".
const classPattern = /^(?:hljs-[\w-]+|[a-z]+_{1,3}|language-[\w+#.-]+)$/;
// Attributes that load, submit, navigate or script, wherever they appear.
const neverAttributes = new Set(["src", "srcset", "srcdoc", "action", "formaction", "background", "poster", "data", "xlink:href", "target", "name", "form", "autofocus"]);
// KaTeX's inline styles: sizes, offsets, borders and colours only.
const katexStyleProperty =
  /^(?:height|width|min-width|max-width|top|bottom|left|right|vertical-align|position|color|background-color|margin(?:-(?:top|right|bottom|left))?|padding(?:-(?:top|right|bottom|left))?|border(?:-(?:top|right|bottom|left))?(?:-(?:width|style|color))?)$/;
const katexStyleValue = /^[-#.\w\s%]+$/;
const allowedSchemes = new Set(["http", "https", "mailto"]);
const idPattern = /^p[0-9a-f]{8}-[\w%.~-]+$/;

function attribute(node: Element, name: string): string | undefined {
  return node.attrs.find((a) => a.name === name)?.value;
}

/** The scheme a browser would see: it drops leading/trailing controls and spaces and every tab or newline. */
export function urlScheme(url: string): string | undefined {
  const cleaned = url.replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, "").replace(/[\t\n\r]/g, "");
  return /^([a-zA-Z][a-zA-Z0-9+.-]*):/.exec(cleaned)?.[1].toLowerCase();
}

export function userHtmlViolations(html: string): string[] {
  const problems: string[] = [];
  const walk = (node: Node, inKatex: boolean, parent: Element | undefined) => {
    if (node.nodeName === "#comment") problems.push("a comment");
    if (!("tagName" in node)) {
      for (const child of "childNodes" in node ? node.childNodes : []) walk(child, inKatex, parent);
      return;
    }
    const tag = node.tagName;
    const classes = (attribute(node, "class") ?? "").split(/\s+/).filter(Boolean);
    const katex = inKatex || classes.includes("katex") || classes.includes("katex-error");
    if (!(katex ? katexElements.has(tag) || markdownElements.has(tag) : markdownElements.has(tag))) problems.push(`<${tag}>${katex ? " in math" : ""}`);
    if (!katex) for (const c of classes) if (!markdownClasses.has(c) && !classPattern.test(c) && c !== "katex" && c !== "katex-error") problems.push(`class "${c}" on <${tag}>`);

    for (const { name, value } of node.attrs) {
      const lower = name.toLowerCase();
      if (lower.startsWith("on")) problems.push(`${name} on <${tag}>`);
      if (neverAttributes.has(lower)) problems.push(`${name} on <${tag}>`);
      if (lower === "href" && tag !== "a") problems.push(`href on <${tag}>`);
      if (lower === "id" && !idPattern.test(value)) problems.push(`id "${value}"`);
      if (lower === "style") {
        if (!katex) problems.push(`style on <${tag}> outside math`);
        for (const declaration of value.split(";").filter((d) => d.trim())) {
          const [property, ...rest] = declaration.split(":");
          const v = rest.join(":").trim();
          const p = property.trim().toLowerCase();
          if (!katexStyleProperty.test(p) || !katexStyleValue.test(v) || (p === "position" && v !== "relative")) problems.push(`style "${declaration.trim()}"`);
        }
      }
    }

    if (tag === "a") {
      const href = attribute(node, "href");
      const scheme = href === undefined ? undefined : urlScheme(href);
      if (scheme !== undefined && !allowedSchemes.has(scheme)) problems.push(`link to ${scheme}:`);
      if (classes.includes("mention")) {
        if (!/^\/users\/[a-z0-9-]{1,40}$/.test(href ?? "")) problems.push(`mention to ${href}`);
      } else {
        const rel = (attribute(node, "rel") ?? "").split(/\s+/);
        if (!["nofollow", "ugc", "noopener"].every((r) => rel.includes(r))) problems.push(`link without rel="nofollow ugc noopener"`);
      }
    }
    if (tag === "input") {
      const inTaskItem = parent?.tagName === "li" && (attribute(parent, "class") ?? "").split(/\s+/).includes("task-list-item");
      if (attribute(node, "type") !== "checkbox" || attribute(node, "disabled") === undefined || !inTaskItem) problems.push("an input other than a disabled task-list checkbox");
    }
    for (const child of node.childNodes) walk(child, katex, node);
  };
  walk(parseFragment(html), false, undefined);
  return problems;
}
