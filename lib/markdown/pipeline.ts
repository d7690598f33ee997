// The user-text pipeline itself, synchronous and unbounded in time: only worker.mjs calls it, and
// the caller-facing API (render.ts) runs it there under a time limit. Order, and why:
//   Markdown (GFM, math; a lone $$…$$ is display math) → raw HTML as text → images as links →
//   hast (no raw HTML) → SANITIZE →
//   link rel and footnote ids → task-list labels → @mentions → plain text → KaTeX → code highlighting → HTML.
// Everything after the sanitizer adds markup the site generates itself from text the sanitizer
// already vetted, so the allow-list stays as small as Markdown's own output.
import { createHash } from "node:crypto";
import type { Root } from "hast";
import { sanitize } from "hast-util-sanitize";
import bash from "highlight.js/lib/languages/bash";
import c from "highlight.js/lib/languages/c";
import cpp from "highlight.js/lib/languages/cpp";
import diff from "highlight.js/lib/languages/diff";
import javascript from "highlight.js/lib/languages/javascript";
import json from "highlight.js/lib/languages/json";
import julia from "highlight.js/lib/languages/julia";
import latex from "highlight.js/lib/languages/latex";
import markdown from "highlight.js/lib/languages/markdown";
import matlab from "highlight.js/lib/languages/matlab";
import plaintext from "highlight.js/lib/languages/plaintext";
import python from "highlight.js/lib/languages/python";
import r from "highlight.js/lib/languages/r";
import rust from "highlight.js/lib/languages/rust";
import shell from "highlight.js/lib/languages/shell";
import sql from "highlight.js/lib/languages/sql";
import typescript from "highlight.js/lib/languages/typescript";
import yaml from "highlight.js/lib/languages/yaml";
import rehypeHighlight from "rehype-highlight";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import type { VFile } from "vfile";
import { MAX_HTML_CHARS } from "./limits";
import { rehypeUserLinks, remarkImagesAsLinks } from "./links";
import { rehypeUserMath, remarkLoneDisplayMath } from "./math";
import { rehypeMentions } from "./mentions";
import { rehypePlainText } from "./plain-text";
import { remarkRawHtmlAsText } from "./raw-html";
import { rehypeTaskListLabels } from "./task-lists";
import { fallbackResult, RENDERER_VERSION, type RenderedMarkdown } from "./result";
import { userTextSchema } from "./sanitize-schema";

declare module "vfile" {
  interface DataMap {
    /** In: handles that exist (the caller looked up mentionCandidates). */
    knownHandles: readonly string[];
    /** Set per post: the prefix of its footnote ids and in-page links. */
    idPrefix: string;
    /** Out: the handles linked. */
    mentions: string[];
    /** Out: the plain text. */
    text: string;
  }
}

// The languages fenced code is highlighted in (aliases such as py, js, ts, sh, tex come with them);
// a bounded set keeps the highlighter's grammars, and their regular expressions, known.
const languages = { bash, c, cpp, diff, javascript, json, julia, latex, markdown, matlab, plaintext, python, r, rust, shell, sql, typescript, yaml };

function rehypeSanitizeUserText() {
  return (tree: Root, file: VFile) => sanitize(tree, { ...userTextSchema, clobberPrefix: file.data.idPrefix }) as Root;
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkMath)
  .use(remarkLoneDisplayMath)
  .use(remarkRawHtmlAsText)
  .use(remarkImagesAsLinks)
  // No allowDangerousHtml (raw HTML is already text); ids unprefixed until the sanitizer adds the post's prefix.
  .use(remarkRehype, { clobberPrefix: "" })
  .use(rehypeSanitizeUserText)
  .use(rehypeUserLinks)
  .use(rehypeTaskListLabels)
  .use(rehypeMentions)
  .use(rehypePlainText)
  .use(rehypeUserMath)
  .use(rehypeHighlight, { languages, detect: false })
  // Raw nodes are KaTeX's output only: the sanitizer removed every other kind.
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** Cooks one source (assumed within MAX_SOURCE_CHARS; render.ts checks). */
export function cookMarkdown(source: string, knownHandles: readonly string[]): RenderedMarkdown {
  const idPrefix = `p${createHash("sha256").update(source).digest("hex").slice(0, 8)}-`;
  const file = processor.processSync({ value: source, data: { knownHandles, idPrefix } });
  const html = String(file.value);
  if (html.length > MAX_HTML_CHARS) return fallbackResult(source, "too-large");
  return { html, text: file.data.text ?? "", mentions: file.data.mentions ?? [], version: RENDERER_VERSION, status: "ok" };
}
