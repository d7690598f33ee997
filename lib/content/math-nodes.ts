// Finding remark-math's output in a hast tree. Shared by the trusted content pipeline
// (rehype-math.server.ts) and the user-text renderer (lib/markdown), so it imports no
// `server-only`: scripts and worker threads load it too.
import type { Element } from "hast";

export function classes(node: Element): string[] {
  const c = node.properties.className;
  return Array.isArray(c) ? c.map(String) : [];
}

export function texOf(node: Element): string {
  return node.children.map((c) => (c.type === "text" ? c.value : "")).join("");
}

/** The <code class="math-*"> inside remark-math's output, with whether it is display math. */
export function mathCode(node: Element): { code: Element; display: boolean } | undefined {
  if (node.tagName === "code" && classes(node).includes("math-inline")) return { code: node, display: false };
  const inner = node.tagName === "pre" ? node.children.find((c): c is Element => c.type === "element" && c.tagName === "code") : undefined;
  if (inner && classes(inner).includes("math-display")) return { code: inner, display: true };
  return undefined;
}
