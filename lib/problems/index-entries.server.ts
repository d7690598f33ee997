import "server-only";
// The index's entries: each problem's text facts from content (or, for a member's question, from
// its row) joined with its state from the database.
import { listProblems } from "@/lib/content/problems.server";
import type { IndexEntry } from "./index-view";
import { problemRows } from "./read.server";

export async function indexEntries(): Promise<IndexEntry[]> {
  const rows = new Map((await problemRows()).map((r) => [r.id, r]));
  const state = (id: string) => rows.get(id) ?? { status: "OPEN" as const, createdAt: new Date(0), activityAt: new Date(0), watchers: 0 };
  const fromContent = listProblems().map((p): IndexEntry => {
    const s = state(p.id);
    return { id: p.id, kind: p.kind, direction: p.direction ?? null, title: p.title, summary: p.summary, section: p.section, tags: p.tags, status: s.status, createdAt: s.createdAt, activityAt: s.activityAt, watchers: s.watchers };
  });
  const fromMembers = [...rows.values()]
    .filter((r) => r.origin === "MEMBER" && r.kind === "question")
    .map((r): IndexEntry => ({ id: r.id, kind: "question", direction: r.directionId, title: r.title, summary: "", section: "site", tags: [], status: r.status, createdAt: r.createdAt, activityAt: r.activityAt, watchers: r.watchers }));
  return [...fromContent, ...fromMembers];
}
