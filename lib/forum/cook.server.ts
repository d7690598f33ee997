import "server-only";
// Cooking a post: look up which @handles exist, render through lib/markdown, and shape the result
// as the Post columns. Runs before the write's transaction (rendering takes up to the renderer's
// time limit; the embedded database's one connection must not wait on it).
import { db } from "@/lib/db/client.server";
import { mentionCandidates, renderUserMarkdown } from "@/lib/markdown";

export interface Cooked {
  cookedHtml: string;
  plainText: string;
  rendererVersion: number;
  cookTimedOut: boolean;
  /** Handles linked as mentions. */
  mentions: string[];
}

export async function cook(source: string): Promise<Cooked> {
  const candidates = mentionCandidates(source);
  const known = candidates.length ? (await db().user.findMany({ where: { handle: { in: candidates } }, select: { handle: true } })).map((u) => u.handle) : [];
  const r = await renderUserMarkdown(source, { knownHandles: known });
  return { cookedHtml: r.html, plainText: r.text, rendererVersion: r.version, cookTimedOut: r.status === "timed-out", mentions: r.mentions };
}

/** The columns a Post stores from a cook. */
export const cookedColumns = ({ cookedHtml, plainText, rendererVersion, cookTimedOut }: Cooked) => ({ cookedHtml, plainText, rendererVersion, cookTimedOut });
