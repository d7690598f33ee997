import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startIntervalLoop } from "@/lib/interval-loop.server";

describe("interval loop", () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it("runs at once and then on the interval, never two rounds at a time, until stopped", async () => {
    let finish = () => {};
    const round = vi.fn(() => new Promise<void>((resolve) => (finish = resolve)));
    const stop = startIntervalLoop("[test]", round, 1000);
    expect(round).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(3000);
    expect(round).toHaveBeenCalledTimes(1);
    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(round).toHaveBeenCalledTimes(2);
    finish();
    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(round).toHaveBeenCalledTimes(2);
  });

  it("logs a failed round and runs the next one", async () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => {});
    const round = vi.fn().mockRejectedValueOnce(new Error("smtp down")).mockResolvedValue(undefined);
    const stop = startIntervalLoop("[test]", round, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    stop();
    expect(round).toHaveBeenCalledTimes(2);
    expect(error).toHaveBeenCalledWith("[test] round failed:", expect.any(Error));
    error.mockRestore();
  });
});
