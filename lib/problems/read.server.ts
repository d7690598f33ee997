import "server-only";
// What the tracker's pages read from the database: every problem's state with its watchers and
// last activity (the index's filters and sorts), and the "recently changed" list.
import { db } from "@/lib/db/client.server";
import type { ProblemStatus } from "./status";

export interface ProblemRow {
  id: string;
  kind: string;
  directionId: string | null;
  origin: "CONTENT" | "MEMBER";
  title: string;
  status: ProblemStatus;
  createdAt: Date;
  activityAt: Date;
  watchers: number;
}

export async function problemRows(): Promise<ProblemRow[]> {
  const [states, watches] = await Promise.all([
    db().problemState.findMany({ orderBy: { id: "asc" } }),
    db().watch.groupBy({ by: ["subjectId"], where: { subjectType: { in: ["problem", "direction"] }, level: "WATCHING" }, _count: { _all: true } }),
  ]);
  const counts = new Map(watches.map((w) => [w.subjectId, w._count._all]));
  return states.map((s) => ({ ...s, watchers: counts.get(s.id) ?? 0 }));
}

export function getProblemState(id: string) {
  return db().problemState.findUnique({ where: { id } });
}

/** Accepted status changes and newly approved questions, newest first: the "recently changed" block and the feeds. */
export async function recentChanges(limit = 10) {
  const [changes, added] = await Promise.all([
    db().statusChange.findMany({
      where: { state: "ACCEPTED" },
      orderBy: [{ decidedAt: "desc" }, { id: "desc" }],
      take: limit,
      select: { id: true, fromStatus: true, toStatus: true, reason: true, decidedAt: true, problem: { select: { id: true, title: true } } },
    }),
    db().problemState.findMany({ where: { origin: "MEMBER" }, orderBy: { createdAt: "desc" }, take: limit, select: { id: true, title: true, createdAt: true } }),
  ]);
  type Entry =
    | { kind: "status"; id: string; at: Date; problem: { id: string; title: string }; from: ProblemStatus; to: ProblemStatus; reason: string }
    | { kind: "new"; id: string; at: Date; problem: { id: string; title: string } };
  const entries: Entry[] = [
    ...changes.map((c): Entry => ({ kind: "status", id: c.id, at: c.decidedAt!, problem: c.problem, from: c.fromStatus, to: c.toStatus, reason: c.reason })),
    ...added.map((p): Entry => ({ kind: "new", id: p.id, at: p.createdAt, problem: { id: p.id, title: p.title } })),
  ];
  return entries.sort((a, b) => b.at.getTime() - a.at.getTime()).slice(0, limit);
}
