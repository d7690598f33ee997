// Raw HTML in user Markdown is shown as the text the user typed, never interpreted. Dropping it
// (remark-rehype's default) would silently eat prose: "for all i<j and k>l" contains the valid
// tag `<j and k>`. Showing it loses nothing and teaches that tags do not work here.
import type { Html, Paragraph, Root, Text } from "mdast";
import { visit } from "unist-util-visit";

export function remarkRawHtmlAsText() {
  return (tree: Root) => {
    visit(tree, "html", (node: Html, index, parent) => {
      if (!parent || index === undefined) return;
      const text: Text = { type: "text", value: node.value, position: node.position };
      // Block-level HTML sits where a paragraph could; inline HTML sits among phrasing content.
      const flow = parent.type === "root" || parent.type === "blockquote" || parent.type === "listItem" || parent.type === "footnoteDefinition";
      const paragraph: Paragraph = { type: "paragraph", children: [text], position: node.position };
      parent.children.splice(index, 1, flow ? paragraph : text);
    });
  };
}
