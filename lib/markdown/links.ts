// What links and images in user text become.
import type { Root as HastRoot } from "hast";
import type { Link, LinkReference, Root as MdastRoot, Text } from "mdast";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";

/** Every user link: not endorsed (nofollow), user-generated (ugc), no window.opener (noopener). */
const userLinkRel = ["nofollow", "ugc", "noopener"];

/**
 * The site loads nothing from other origins, so an image is never embedded: `![alt](url "title")`
 * becomes a link `<a class="image-link" href="url" title="title">Image: alt</a>` (reference-style
 * images likewise), and its URL is then vetted like any link's.
 */
export function remarkImagesAsLinks() {
  return (tree: MdastRoot) => {
    visit(tree, (node, index, parent) => {
      if ((node.type !== "image" && node.type !== "imageReference") || !parent || index === undefined) return;
      const label: Text = { type: "text", value: node.alt ? `Image: ${node.alt}` : "Image" };
      const data = { hProperties: { className: ["image-link"] } };
      const link: Link | LinkReference =
        node.type === "image"
          ? { type: "link", url: node.url, title: node.title, children: [label], data, position: node.position }
          : { type: "linkReference", identifier: node.identifier, label: node.label, referenceType: node.referenceType, children: [label], data, position: node.position };
      parent.children.splice(index, 1, link);
    });
  };
}

/**
 * After sanitizing: every link gets rel="nofollow ugc noopener", and in-page links (`#…`) get the post's id
 * prefix, the same one the sanitizer put on footnote ids, so footnotes work with several posts on
 * a page. No target="_blank": links open in place, which needs no `noreferrer` and opens no
 * window an attacker's page could script.
 */
export function rehypeUserLinks() {
  return (tree: HastRoot, file: VFile) => {
    const prefix = file.data.idPrefix ?? "";
    visit(tree, "element", (node) => {
      if (node.tagName !== "a") return;
      const href = node.properties.href;
      if (typeof href === "string" && href.startsWith("#")) node.properties.href = `#${prefix}${href.slice(1)}`;
      node.properties.rel = [...userLinkRel];
    });
  };
}
