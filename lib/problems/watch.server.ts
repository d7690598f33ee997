import "server-only";
// Watching a problem (or a whole direction): through the notification service's one Watch table.
import type { Viewer } from "@/lib/auth/viewer.server";
import { db } from "@/lib/db/client.server";
import { notFound, type Result } from "@/lib/errors";
import { setWatch, watchLevel, watcherCount } from "@/lib/notifications/watches.server";
import { authorize } from "@/lib/policy";
import { problemSubject } from "./subjects";

export async function watchProblem(viewer: Viewer, problemId: string, watching: boolean): Promise<Result<{ watching: boolean; watchers: number }>> {
  const refused = authorize(viewer, "problem.watch");
  if (refused) return refused;
  const problem = await db().problemState.findUnique({ where: { id: problemId }, select: { id: true, kind: true } });
  if (!problem) return notFound("No such problem.");
  const subject = problemSubject(problem);
  await setWatch(viewer.id, subject, watching ? "WATCHING" : null);
  return { ok: true, watching, watchers: await watcherCount(subject) };
}

export async function problemWatchState(viewer: Viewer | null, problem: { id: string; kind: string }) {
  const subject = problemSubject(problem);
  const [watchers, level] = await Promise.all([watcherCount(subject), viewer ? watchLevel(viewer.id, subject) : null]);
  return { watchers, watching: level === "WATCHING" };
}
