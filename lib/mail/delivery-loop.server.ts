// Retries queued mail that could not be sent when its request finished (SMTP down, a restart
// in between). Runs in the web server's process until the job queue takes the work over.
import { startIntervalLoop } from "@/lib/interval-loop.server";
import { deliverDueEmail } from "./outbox.server";

export function startEmailDelivery(intervalMs = 30_000): () => void {
  return startIntervalLoop("[mail] delivery", deliverDueEmail, intervalMs);
}
