// A background round repeated on a timer in the web server's process (mail delivery,
// notifications). A round still running when the next is due is not started twice, and a failed
// round is logged so the next one still runs.

/** Runs `round` now and then every `intervalMs`; returns a function that stops the loop. */
export function startIntervalLoop(label: string, round: () => Promise<unknown>, intervalMs: number): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      await round();
    } catch (error) {
      console.error(`${label} round failed:`, error);
    } finally {
      running = false;
    }
  };
  void tick();
  // unref: the loop alone does not keep the process alive.
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
