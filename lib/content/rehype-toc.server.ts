import "server-only";
import type { Element, ElementContent, Root } from "hast";
import { visit } from "unist-util-visit";

export interface TocEntry {
  id: string;
  depth: 2 | 3;
  text: string;
}

function textOf(nodes: ElementContent[]): string {
  return nodes.map((n) => (n.type === "text" ? n.value : n.type === "element" ? textOf(n.children) : "")).join("");
}

/** Collects h2/h3 (after rehype-slug gave them ids) into the page's table of contents. */
export function rehypeToc({ toc }: { toc: TocEntry[] }) {
  return (tree: Root) => {
    visit(tree, "element", (node: Element) => {
      if ((node.tagName === "h2" || node.tagName === "h3") && typeof node.properties.id === "string") {
        toc.push({ id: node.properties.id, depth: node.tagName === "h2" ? 2 : 3, text: textOf(node.children).trim() });
      }
    });
  };
}
