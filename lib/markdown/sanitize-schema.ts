// The allow-list for user text: exactly what remark (GFM + math) emits for Markdown, and nothing
// else. It runs BEFORE KaTeX, code highlighting and @mentions (see pipeline.ts), so it never has to
// admit their output: math reaches it as <code class="math-inline">TeX</code>, plain text.
import type { Schema } from "hast-util-sanitize";

const heading = ["h1", "h2", "h3", "h4", "h5", "h6"] as const;
// remark-rehype's footnote ids: fn-<label>, fnref-<label>[-<n>] (label URL-encoded), footnote-label.
const footnoteId = /^(?:fn|fnref)-[\w%.~-]{1,200}$|^footnote-label$/;

export const userTextSchema: Schema = {
  tagNames: [
    ...heading,
    "p", "br", "hr", "blockquote", "ul", "ol", "li", "em", "strong", "del", "code", "pre", "a",
    "table", "thead", "tbody", "tr", "th", "td", "input", "sup", "section",
  ],
  attributes: {
    a: [
      "href",
      "title",
      ["className", "image-link", "data-footnote-backref"],
      // GFM footnotes: the reference, its back link and their accessible names.
      ["id", footnoteId],
      "dataFootnoteRef",
      "dataFootnoteBackref",
      ["ariaDescribedBy", "footnote-label"],
      "ariaLabel",
    ],
    // remark-math marks math; fenced code carries its language (for the highlighter).
    code: [["className", "language-math", "math-inline", "math-display", /^language-[\w+#.-]{1,40}$/]],
    ol: [["start", /^\d{1,9}$/]],
    ul: [["className", "contains-task-list"]],
    li: [["className", "task-list-item"], ["id", footnoteId]],
    input: [["type", "checkbox"], ["disabled", true], "checked"],
    th: [["align", "left", "center", "right"]],
    td: [["align", "left", "center", "right"]],
    section: [["className", "footnotes"], "dataFootnotes"],
    h2: [["className", "sr-only"], ["id", footnoteId]],
  },
  // A task-list checkbox is never clickable.
  required: { input: { type: "checkbox", disabled: true } },
  // Anything without a scheme is relative (/x, #x, ?x, x) and allowed; http(s) and mailto are the
  // only schemes. (The check is case-sensitive: "JavaScript:" and even "HTTP:" are dropped.)
  protocols: { href: ["http", "https", "mailto"] },
  // Ids (only footnotes make them) get a per-post prefix (set per render) so that posts on one page
  // neither collide nor clobber the page's own ids or globals.
  clobber: ["id", "ariaDescribedBy"],
  clobberPrefix: "",
  allowComments: false,
  allowDoctypes: false,
};
