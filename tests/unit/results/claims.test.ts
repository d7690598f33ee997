import { describe, expect, it } from "vitest";
import { claimSchema, judgeClaim, judgeClaims, type Claim } from "@/lib/results/claims";
import type { ObservableResult } from "@/lib/experiments/verdict";

const obs = (over: Partial<ObservableResult> = {}): ObservableResult => ({
  key: "x",
  role: "prediction",
  measured: 1.02,
  perSeed: [1.01, 1.02, 1.05],
  predicted: 1,
  tolerance: { kind: "relative", rel: 0.05 },
  verdict: "reproduced",
  ...over,
});

const v = (claim: Claim, o = obs()) => judgeClaim(claim, [o]);

describe("claims", () => {
  it("agrees-with-theory follows the registry's tolerance, with the numbers", () => {
    expect(v({ kind: "agrees-with-theory", observable: "x" })).toMatchObject({ verdict: "reproduced", measured: 1.02, predicted: 1, reason: "measured 1.02; theory needs within ±5% of 1" });
    expect(v({ kind: "agrees-with-theory", observable: "x" }, obs({ measured: 1.2, verdict: "not-reproduced" })).verdict).toBe("not-reproduced");
    expect(v({ kind: "agrees-with-theory", observable: "x" }, obs({ role: "precondition", verdict: "met" })).verdict).toBe("reproduced");
  });

  it("within, equals, less-than and greater-than at and past their edges", () => {
    expect(v({ kind: "within", observable: "x", min: 1.02, max: 1.02 }).verdict).toBe("reproduced");
    expect(v({ kind: "within", observable: "x", min: 1.03, max: 2 }).verdict).toBe("not-reproduced");
    expect(v({ kind: "equals", observable: "x", value: 1, delta: 0.021 }).verdict).toBe("reproduced");
    expect(v({ kind: "equals", observable: "x", value: 1, delta: 0.019 })).toMatchObject({ verdict: "not-reproduced", reason: "measured 1.02, off by 0.02" });
    expect(v({ kind: "less-than", observable: "x", value: 1.02 }).verdict).toBe("not-reproduced");
    expect(v({ kind: "less-than", observable: "x", value: 1.03 }).verdict).toBe("reproduced");
    expect(v({ kind: "greater-than", observable: "x", value: 1.02 }).verdict).toBe("not-reproduced");
    expect(v({ kind: "greater-than", observable: "x", value: 1 }).verdict).toBe("reproduced");
  });

  it("differs-from-theory lets a negative result be claimed, and needs a single predicted value", () => {
    expect(v({ kind: "differs-from-theory", observable: "x", by: 0.01 })).toMatchObject({ verdict: "reproduced", reason: "measured 1.02, theory 1: differs by 0.02" });
    expect(v({ kind: "differs-from-theory", observable: "x", by: 0.5 }).verdict).toBe("not-reproduced");
    expect(v({ kind: "differs-from-theory", observable: "x", by: 0.01 }, obs({ predicted: NaN, tolerance: { kind: "range", min: 0, max: 1 } })).verdict).toBe("inconclusive");
  });

  it("an inconclusive observable (unmet precondition) makes every claim on it inconclusive with its reason", () => {
    const gated = obs({ measured: 7, verdict: "inconclusive", reason: 'precondition "start" not met: measured 0.9, needs in [0, 0.8]' });
    for (const claim of [
      { kind: "agrees-with-theory", observable: "x" },
      { kind: "less-than", observable: "x", value: 0 },
      { kind: "differs-from-theory", observable: "x", by: 1 },
    ] as Claim[]) {
      expect(v(claim, gated)).toMatchObject({ verdict: "inconclusive", reason: gated.reason, measured: 7 });
    }
  });

  it("the overall verdict: one refuted claim refutes, all reproduced reproduce, otherwise inconclusive", () => {
    const yes: Claim = { kind: "less-than", observable: "x", value: 2 };
    const no: Claim = { kind: "greater-than", observable: "x", value: 2 };
    const unknown: Claim = { kind: "agrees-with-theory", observable: "y" };
    const y = obs({ key: "y", verdict: "inconclusive", reason: "not measurable for 1 of 3 seeds" });
    expect(judgeClaims([yes, yes], [obs(), y]).verdict).toBe("reproduced");
    expect(judgeClaims([yes, unknown], [obs(), y]).verdict).toBe("inconclusive");
    expect(judgeClaims([yes, unknown, no], [obs(), y]).verdict).toBe("not-reproduced");
  });

  it("rejects malformed claims", () => {
    expect(claimSchema.safeParse({ kind: "within", observable: "x", min: 2, max: 1 }).success).toBe(false);
    expect(claimSchema.safeParse({ kind: "equals", observable: "x", value: 1, delta: -1 }).success).toBe(false);
    expect(claimSchema.safeParse({ kind: "less-than", observable: "x", value: Infinity }).success).toBe(false);
    expect(claimSchema.safeParse({ kind: "greater-than", observable: "x", value: 1, extra: 1 }).success).toBe(false);
    expect(claimSchema.safeParse({ kind: "proves", observable: "x" }).success).toBe(false);
  });
});
