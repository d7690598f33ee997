import { describe, expect, it } from "vitest";
import { judge, judgeAll, overallVerdict, reduceValues, withinTolerance } from "@/lib/experiments/verdict";
import type { ObservableSpec } from "@/lib/experiments/types";

const spec = (over: Partial<ObservableSpec> = {}): ObservableSpec => ({
  key: "x",
  label: "x",
  description: "",
  tolerance: { kind: "relative", rel: 0.05 },
  reduce: "median",
  role: "prediction",
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
      role: "prediction",
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

  it("judges a precondition met or not met, never reproduced", () => {
    const p = spec({ key: "p", role: "precondition", tolerance: { kind: "range", min: 0, max: 0.8 } });
    expect(judge(p, [0.5], NaN).verdict).toBe("met");
    expect(judge(p, [0.9], NaN).verdict).toBe("not-met");
    expect(judge(p, [NaN], NaN)).toMatchObject({ verdict: "inconclusive", reason: "not measurable for 1 of 1 seeds" });
  });

  it("makes predictions inconclusive, with the reason and number, when a precondition they need is not met", () => {
    const specs = [
      spec({ key: "a" }),
      spec({ key: "b", requires: [] }),
      spec({ key: "c", requires: ["q"] }),
      spec({ key: "p", label: "start below", role: "precondition", tolerance: { kind: "range", min: 0, max: 0.8 } }),
      spec({ key: "q", label: "q", role: "precondition", tolerance: { kind: "range", min: 0, max: 1 } }),
    ];
    const values: Record<string, number> = { a: 5, b: 5, c: 5, p: 0.93, q: 0.5 };
    const results = judgeAll(specs, (k) => [values[k]], () => 1);
    const by = Object.fromEntries(results.map((r) => [r.key, r]));
    // "a" depends on every precondition; 5 against 1 would be "not reproduced", but "p" fails first.
    expect(by.a).toMatchObject({ verdict: "inconclusive", reason: 'precondition "start below" not met: measured 0.93, needs in [0, 0.8]' });
    expect(by.b.verdict).toBe("not-reproduced");
    expect(by.c.verdict).toBe("not-reproduced");
    expect(by.p.verdict).toBe("not-met");
    expect(by.q.verdict).toBe("met");
    const unmeasured = judgeAll(specs, (k) => [k === "q" ? NaN : values[k]], () => 1);
    expect(unmeasured.find((r) => r.key === "c")!.reason).toBe('precondition "q" could not be checked (not measurable for 1 of 1 seeds)');
  });

  it("sums prediction verdicts: one refuted refutes, all reproduced reproduce, otherwise inconclusive", () => {
    expect(overallVerdict(["reproduced", "reproduced"])).toBe("reproduced");
    expect(overallVerdict(["reproduced", "inconclusive", "not-reproduced"])).toBe("not-reproduced");
    expect(overallVerdict(["reproduced", "inconclusive"])).toBe("inconclusive");
    expect(overallVerdict([])).toBe("inconclusive");
  });
});
