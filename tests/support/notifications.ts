// Waits until every recorded event is fanned out. A route schedules fanOutPendingEvents after its
// response (in-process: at once, not awaited), so a test's own round may find the event claimed by
// that one (SKIP LOCKED) and return before its rows are committed.
import { db } from "@/lib/db/client.server";
import { fanOutPendingEvents } from "@/lib/notifications/fan-out.server";

export async function allFannedOut(timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while ((await db().event.count({ where: { fannedOutAt: null } })) > 0) {
    if (Date.now() > deadline) throw new Error(`events still waiting for fan-out after ${timeoutMs} ms`);
    await fanOutPendingEvents();
    await new Promise((r) => setTimeout(r, 20));
  }
}
