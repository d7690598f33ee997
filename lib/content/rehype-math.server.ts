import "server-only";
import type { Element, ElementContent, Root } from "hast";
import { fromHtmlIsomorphic } from "hast-util-from-html-isomorphic";
import katex from "katex";
import { visit, SKIP } from "unist-util-visit";
import type { ProblemLog } from "./errors.server";
import { katexMacros } from "./katex-macros";
import { mathCode, texOf } from "./math-nodes";

const labelPattern = /\\label\{([^}]+)\}/g;
const eqrefPattern = /\\eqref\{([^}]+)\}/g;
const wholeEqref = /^\s*\\eqref\{([^}]+)\}\s*$/;

/** The id an equation's element gets, so that "(3)" can link to it: eq:saxe-sigmoid -> eq-saxe-sigmoid. */
function equationId(label: string): string {
  return label.replace(/[^A-Za-z0-9_-]+/g, "-");
}

/**
 * Renders remark-math's output with KaTeX on the server (no client JS), numbering every display
 * equation that carries \label{eq:name} in reading order and turning \eqref{eq:name} into a link
 * "(n)" to it. Unknown labels and KaTeX errors are reported with their line.
 */
export function rehypeMath({ log }: { log: ProblemLog }) {
  return (tree: Root) => {
    const numbers = new Map<string, number>();
    visit(tree, "element", (node) => {
      const math = mathCode(node);
      if (!math?.display) return;
      for (const [, label] of texOf(math.code).matchAll(labelPattern)) {
        if (numbers.has(label)) log.add(`\\label{${label}}`, "is used by two equations", node.position?.start.line);
        else numbers.set(label, numbers.size + 1);
      }
    });

    visit(tree, "element", (node, index, parent) => {
      const math = mathCode(node);
      if (!math || !parent || index === undefined) return;
      const line = node.position?.start.line;
      const tex = texOf(math.code);
      const numberOf = (label: string) => {
        const n = numbers.get(label);
        if (n === undefined) log.add(`\\eqref{${label}}`, `no display equation has \\label{${label}}`, line);
        return n ?? "?";
      };

      const alone = !math.display && tex.match(wholeEqref);
      if (alone) {
        parent.children[index] = eqrefLink(alone[1], numberOf(alone[1]));
        return SKIP;
      }
      const labels = [...tex.matchAll(labelPattern)].map((m) => m[1]);
      const body = tex
        .replace(labelPattern, "")
        .replace(eqrefPattern, (_, label: string) => `\\href{#${equationId(label)}}{\\text{(${numberOf(label)})}}`);
      const tagged = labels.length ? `${body}\\tag{${numbers.get(labels[0])}}` : body;
      const rendered = render(tagged, math.display, (message) => log.add(`math $${tex.trim().slice(0, 60)}$`, message, line));
      parent.children[index] = math.display ? displayWrapper(rendered, labels[0], numbers.get(labels[0])) : span("math-inline", rendered);
      return SKIP;
    });
  };
}

function render(tex: string, displayMode: boolean, fail: (message: string) => void): ElementContent[] {
  try {
    const html = katex.renderToString(tex, {
      displayMode,
      macros: { ...katexMacros },
      throwOnError: true,
      output: "htmlAndMathml",
      // \href is used only for equation references, so only in-page links are trusted.
      trust: (context) => context.command === "\\href" && "url" in context && context.url.startsWith("#"),
      strict: "ignore",
    });
    return fromHtmlIsomorphic(html, { fragment: true }).children as ElementContent[];
  } catch (error) {
    fail(error instanceof Error ? error.message : String(error));
    return [{ type: "text", value: tex }];
  }
}

function span(className: string, children: ElementContent[]): Element {
  return { type: "element", tagName: "span", properties: { className: [className] }, children };
}

function eqrefLink(label: string, n: number | string): Element {
  return { type: "element", tagName: "a", properties: { href: `#${equationId(label)}`, className: ["eqref"] }, children: [{ type: "text", value: `(${n})` }] };
}

// Wide equations scroll sideways on phones; a scrollable region must be reachable by keyboard,
// hence tabIndex and a name for what receives focus.
function displayWrapper(children: ElementContent[], label: string | undefined, n: number | undefined): Element {
  return {
    type: "element",
    tagName: "div",
    properties: {
      className: ["math-display"],
      id: label ? equationId(label) : undefined,
      tabIndex: 0,
      role: "group",
      ariaLabel: n ? `Equation ${n}` : "Equation",
    },
    children,
  };
}
