// @mentions: `@handle` in prose links to the member's profile, if the caller says the member exists.
import type { Element, ElementContent, Root } from "hast";
import type { VFile } from "vfile";
import { MAX_MENTION_CANDIDATES } from "./limits";

// Handles are [a-z0-9-]{1,40} (lib/users/handle.server.ts). The "@" must not follow a character of
// an e-mail address's local part or a word (so "me@host" is no mention), and the handle must not
// run on into more word characters (so "@Alice" and 41-character runs are none either).
const mentionPattern = /(?<![\w.+@-])@([a-z0-9-]{1,40})(?![\w-])/g;

/**
 * The handles a source may mention, each once, at most MAX_MENTION_CANDIDATES: a cheap scan of the
 * raw text (it does not know about code or math), for the caller to look up before rendering.
 */
export function mentionCandidates(source: string): string[] {
  const found = new Set<string>();
  for (const match of source.matchAll(mentionPattern)) {
    found.add(match[1]);
    if (found.size === MAX_MENTION_CANDIDATES) break;
  }
  return [...found];
}

// Text inside these is not prose: links, inline code, code blocks and math (math is <code>).
const notProse = new Set(["a", "code", "pre"]);

/** Links known handles in the (sanitized) tree; records them in file.data.mentions. */
export function rehypeMentions() {
  return (tree: Root, file: VFile) => {
    const known = new Set(file.data.knownHandles ?? []);
    const linked = new Set<string>();
    if (known.size > 0) linkIn(tree, known, linked);
    file.data.mentions = [...linked];
  };
}

function linkIn(parent: Root | Element, known: Set<string>, linked: Set<string>): void {
  for (let i = 0; i < parent.children.length; i++) {
    const child = parent.children[i];
    if (child.type === "element" && !notProse.has(child.tagName)) linkIn(child, known, linked);
    if (child.type !== "text") continue;
    const pieces = splitMentions(child.value, known, linked);
    if (pieces) {
      parent.children.splice(i, 1, ...pieces);
      i += pieces.length - 1;
    }
  }
}

function splitMentions(text: string, known: Set<string>, linked: Set<string>): ElementContent[] | undefined {
  const pieces: ElementContent[] = [];
  let last = 0;
  for (const match of text.matchAll(mentionPattern)) {
    const handle = match[1];
    if (!known.has(handle)) continue;
    if (match.index > last) pieces.push({ type: "text", value: text.slice(last, match.index) });
    pieces.push(mentionLink(handle));
    linked.add(handle);
    last = match.index + match[0].length;
  }
  if (pieces.length === 0) return undefined;
  if (last < text.length) pieces.push({ type: "text", value: text.slice(last) });
  return pieces;
}

function mentionLink(handle: string): Element {
  return { type: "element", tagName: "a", properties: { className: ["mention"], href: `/users/${handle}` }, children: [{ type: "text", value: `@${handle}` }] };
}
