import "server-only";
import type { FootnoteDefinition, PhrasingContent, Root } from "mdast";
import type { MdxJsxTextElement } from "mdast-util-mdx-jsx";
import { visit, SKIP } from "unist-util-visit";
import type { ProblemLog } from "./errors.server";

/**
 * GFM footnotes become <Sidenote n> elements at the point of reference, carrying the note's text,
 * so the note sits beside the sentence that calls it (in the margin, or in a popover) instead of
 * in a list at the end. Numbering follows reading order.
 */
export function remarkSidenotes({ log }: { log: ProblemLog }) {
  return (tree: Root) => {
    const definitions = new Map<string, FootnoteDefinition>();
    visit(tree, "footnoteDefinition", (node, index, parent) => {
      definitions.set(node.identifier, node);
      parent!.children.splice(index!, 1);
      return [SKIP, index!];
    });

    const used = new Set<string>();
    visit(tree, "footnoteReference", (node, index, parent) => {
      const line = node.position?.start.line;
      // GFM makes a reference node only when its definition exists; a dangling one stays text (see below).
      const definition = definitions.get(node.identifier)!;
      if (used.has(node.identifier)) return log.add(`footnote [^${node.label}]`, "is referenced twice; a sidenote can appear only once", line);
      used.add(node.identifier);
      const sidenote: MdxJsxTextElement = {
        type: "mdxJsxTextElement",
        name: "Sidenote",
        attributes: [{ type: "mdxJsxAttribute", name: "n", value: String(used.size) }],
        children: noteContent(definition),
      };
      parent!.children.splice(index!, 1, sidenote);
    });

    // GFM leaves a reference to a missing definition as literal text, so look for it there.
    visit(tree, "text", (node) => {
      for (const [, label] of node.value.matchAll(/\[\^([^\]\s]+)\]/g)) {
        log.add(`footnote [^${label}]`, "is referenced but never defined", node.position?.start.line);
      }
    });

    for (const [id, def] of definitions) {
      if (!used.has(id)) log.add(`footnote [^${def.label ?? id}]`, "is defined but never referenced", def.position?.start.line);
    }
  };
}

// A sidenote lives inside a paragraph, so its paragraphs become inline blocks (<span class="sidenote-para">).
function noteContent(def: FootnoteDefinition): PhrasingContent[] {
  const paragraphs = def.children.filter((c) => c.type === "paragraph");
  if (paragraphs.length === 1) return paragraphs[0].children;
  return paragraphs.map(
    (p): MdxJsxTextElement => ({
      type: "mdxJsxTextElement",
      name: "span",
      attributes: [{ type: "mdxJsxAttribute", name: "className", value: "sidenote-para" }],
      children: p.children,
    }),
  );
}
