// The launcher's notification loop: fans out events whose request did not (a crash, a restart, a
// script), queues the immediate e-mail that came due and the daily digests, and sends what it
// queued. Runs in the web server's process beside the mail delivery loop.
import { readEnv } from "@/lib/env.server";
import { startIntervalLoop } from "@/lib/interval-loop.server";
import { deliverDueEmail } from "@/lib/mail/outbox.server";
import { fanOutPendingEvents } from "./fan-out.server";
import { sendDueDigests, sendDueNotificationMail } from "./mail.server";

/** One round; the loop's body, and what scripts and tests call. */
export async function notificationRound(now = new Date()): Promise<void> {
  await fanOutPendingEvents();
  const queued = (await sendDueNotificationMail(now)) + (await sendDueDigests(now));
  if (queued > 0) await deliverDueEmail();
}

export function startNotificationLoop(intervalMs = (readEnv().NOTIFICATION_LOOP_SECONDS ?? 15) * 1000): () => void {
  return startIntervalLoop("[notifications]", notificationRound, intervalMs);
}
