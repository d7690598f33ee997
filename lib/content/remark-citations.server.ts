import "server-only";
import type { PhrasingContent, Root } from "mdast";
import type { MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit } from "unist-util-visit";
import type { BibEntry } from "./bibliography.server";
import type { ProblemLog } from "./errors.server";

// Pandoc-style bracketed citations: [@key] and [@a; @b].
const citationPattern = /\[(@[A-Za-z0-9_][\w:.-]*(?:\s*;\s*@[A-Za-z0-9_][\w:.-]*)*)\]/g;

/** Cited entries in order of first citation; their position + 1 is the number shown in the text. */
export type CitedEntries = BibEntry[];

/**
 * Replaces each [@key] with <Citation keys="a b" occurrence="k">. Numbers follow first citation;
 * the component looks them up in the cited list this plugin fills, so the MDX stays data-free.
 */
export function remarkCitations({ bib, cited, log }: { bib: Map<string, BibEntry>; cited: CitedEntries; log: ProblemLog }) {
  return (tree: Root) => {
    let occurrence = 0;
    visit(tree, "text", (node, index, parent) => {
      const parts: PhrasingContent[] = [];
      let last = 0;
      for (const match of node.value.matchAll(citationPattern)) {
        const keys = match[1].split(";").map((k) => k.trim().slice(1));
        for (const key of keys) {
          const entry = bib.get(key);
          if (!entry) log.add(`citation [@${key}]`, `unknown key "${key}": it is not in content/references.bib`, node.position?.start.line);
          else if (!cited.includes(entry)) cited.push(entry);
        }
        if (match.index > last) parts.push({ type: "text", value: node.value.slice(last, match.index) });
        parts.push(citationElement(keys, occurrence++));
        last = match.index + match[0].length;
      }
      if (parts.length === 0) return;
      if (last < node.value.length) parts.push({ type: "text", value: node.value.slice(last) });
      parent!.children.splice(index!, 1, ...parts);
      return index! + parts.length;
    });
  };
}

function citationElement(keys: string[], occurrence: number): MdxJsxTextElement {
  return {
    type: "mdxJsxTextElement",
    name: "Citation",
    attributes: [
      { type: "mdxJsxAttribute", name: "keys", value: keys.join(" ") },
      { type: "mdxJsxAttribute", name: "occurrence", value: String(occurrence) },
    ],
    children: [],
  };
}
