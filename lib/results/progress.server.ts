import "server-only";
// The live state of a result's latest check, as the page's progress island and the SSE stream show it.
import { db } from "@/lib/db/client.server";
import { queuePosition } from "./checks.server";

export const CHECK_STATE_POLL_MS = 1000;

export interface CheckState {
  status: "QUEUED" | "RUNNING" | "DONE" | "FAILED";
  /** Checks ahead in the queue (QUEUED only). */
  position: number | null;
  progress: { seedIndex: number; seedCount: number; seed: number; step: number; totalSteps: number } | null;
  verdict: string | null;
}

export async function checkState(resultId: string): Promise<CheckState | null> {
  const result = await db().result.findUnique({ where: { id: resultId }, select: { id: true, sameSpecAsId: true } });
  if (!result) return null;
  const check = await db().check.findFirst({
    where: { resultId: result.sameSpecAsId ?? result.id },
    orderBy: { queuedAt: "desc" },
    select: { id: true, status: true, progress: true, verdict: true },
  });
  if (!check) return null;
  return {
    status: check.status,
    position: check.status === "QUEUED" ? await queuePosition(check.id) : null,
    progress: (check.progress as CheckState["progress"]) ?? null,
    verdict: check.verdict,
  };
}
