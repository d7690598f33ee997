// Retries queued mail that could not be sent when its request finished (SMTP down, a restart
// in between). Runs in the web server's process until the job queue takes the work over.
import { deliverDueEmail } from "./outbox.server";

export function startEmailDelivery(intervalMs = 30_000): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await deliverDueEmail();
    } catch (error) {
      console.error("[mail] delivery round failed:", error);
    } finally {
      running = false;
    }
  };
  void tick();
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
