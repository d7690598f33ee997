import { describe, expect, it } from "vitest";
import { judge, reduceValues, withinTolerance } from "@/lib/experiments/verdict";
import type { ObservableSpec } from "@/lib/experiments/types";

const spec = (over: Partial<ObservableSpec> = {}): ObservableSpec => ({
  key: "x",
  label: "x",
  description: "",
  tolerance: { kind: "relative", rel: 0.05 },
  reduce: "median",
  ...over,
});

describe("verdict", () => {
  it("reduces per-seed values as specified", () => {
    const xs = [3, 1, 2, 10];
    expect(reduceValues(xs, "median")).toBe(2.5);
    expect(reduceValues(xs, "mean")).toBe(4);
    expect(reduceValues(xs, "min")).toBe(1);
    expect(reduceValues(xs, "max")).toBe(10);
  });

  it("applies relative, absolute and range tolerances at their edges", () => {
    expect(withinTolerance(1.25, 1, { kind: "relative", rel: 0.25 })).toBe(true);
    expect(withinTolerance(1.2501, 1, { kind: "relative", rel: 0.25 })).toBe(false);
    expect(withinTolerance(-1.04, -1, { kind: "relative", rel: 0.05 })).toBe(true);
    expect(withinTolerance(0.3, 0, { kind: "absolute", abs: 0.3 })).toBe(true);
    expect(withinTolerance(-0.31, 0, { kind: "absolute", abs: 0.3 })).toBe(false);
    expect(withinTolerance(1.1, 999, { kind: "range", min: 0.95, max: 1.1 })).toBe(true);
    expect(withinTolerance(0.94, 1, { kind: "range", min: 0.95, max: 1.1 })).toBe(false);
  });

  it("judges the reduced statistic, not individual seeds", () => {
    const r = judge(spec(), [0.9, 1.01, 1.02], 1);
    expect(r).toEqual({
      key: "x",
      measured: 1.01,
      perSeed: [0.9, 1.01, 1.02],
      predicted: 1,
      tolerance: { kind: "relative", rel: 0.05 },
      verdict: "reproduced",
    });
    expect(judge(spec({ reduce: "min" }), [0.9, 1.01, 1.02], 1).verdict).toBe("not-reproduced");
  });

  it("is inconclusive when any seed or the prediction is not finite", () => {
    const r = judge(spec(), [1, NaN, 1], 1);
    expect(r.verdict).toBe("inconclusive");
    expect(r.measured).toBe(1);
    expect(judge(spec(), [Infinity], 1).verdict).toBe("inconclusive");
    expect(judge(spec(), [1], NaN).verdict).toBe("inconclusive");
    expect(judge(spec(), [], 1).verdict).toBe("inconclusive");
    expect(judge(spec(), [NaN], 1).measured).toBeNaN();
  });

  it("needs no finite prediction for a range tolerance", () => {
    const s = spec({ tolerance: { kind: "range", min: 1, max: 1 }, reduce: "min" });
    expect(judge(s, [1, 1], NaN).verdict).toBe("reproduced");
    expect(judge(s, [1, 0], NaN).verdict).toBe("not-reproduced");
  });
});
