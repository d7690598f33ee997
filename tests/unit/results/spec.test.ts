import { describe, expect, it } from "vitest";
import { checkSpec, canonicalJson, MAX_CHECK_FLOPS, specInputSchema } from "@/lib/results/spec";
import { edgeOfStability } from "@/lib/experiments/edge-of-stability";
import { mupTransfer } from "@/lib/experiments/mup-transfer";
import { experiments } from "@/lib/experiments/registry";

const check = (raw: unknown) => {
  const parsed = specInputSchema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.message);
  return checkSpec(parsed.data);
};
const base = { experiment: "edge-of-stability@1", params: { steps: 300 }, seeds: [3, 1, 2], claims: [{ kind: "agrees-with-theory", observable: "sharpnessRatio" }] };

describe("result spec", () => {
  it("fills defaults and sorts seeds; the same request written differently has the same hash", () => {
    const a = check(base);
    const b = check({ ...base, params: { ...edgeOfStability.params.parse({}), steps: 300 }, seeds: [2, 3, 1] });
    if (!a.ok || !b.ok) throw new Error("expected valid specs");
    expect(a.value.spec.seeds).toEqual([1, 2, 3]);
    expect(a.value.spec.params).toEqual({ ...edgeOfStability.params.parse({}), steps: 300 });
    expect(a.value.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(b.value.hash).toBe(a.value.hash);
    const c = check({ ...base, seeds: [1, 2, 4] });
    expect(c.ok && c.value.hash).not.toBe(a.value.hash);
    expect(a.value.cost.flops).toBe(3 * edgeOfStability.cost(a.value.spec.params as never).flops);
  });

  it("canonical JSON sorts keys at every level", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 1 }], c: null } })).toBe('{"a":{"c":null,"d":[1,{"e":1,"f":2}]},"b":1}');
  });

  it("names the field of every problem", () => {
    expect(check({ ...base, experiment: "edge-of-stability@9" })).toEqual({ ok: false, fieldErrors: { experiment: ["edge-of-stability@9 is not a version the server runs; the current one is edge-of-stability@1."] } });
    expect(check({ ...base, experiment: "nope@1" }).ok).toBe(false);
    const bad = check({ ...base, params: { steps: 5, speed: 1 }, seeds: [1, 1], claims: [{ kind: "less-than", observable: "loss", value: 1 }] });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(Object.keys(bad.fieldErrors).sort()).toEqual(["claims.0.observable", "params.speed", "params.steps", "seeds"]);
    expect(bad.fieldErrors["params.steps"][0]).toMatch(/steps must be an integer between 100 and 12000 \(got 5\)/);
  });

  it("accepts ten seeds of every experiment's defaults and refuses work over the cap", () => {
    for (const e of experiments) {
      const claim = { kind: "agrees-with-theory", observable: e.observables[0].key };
      const ok = check({ experiment: e.id, seeds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], claims: [claim] });
      expect(ok.ok, e.id).toBe(true);
    }
    const max = { steps: 2000, widths: [2048, 2048, 2048, 2048, 2048] };
    const perSeed = mupTransfer.cost(mupTransfer.params.parse(max)).flops;
    // One seed of the widest setting fits; two do not.
    expect(perSeed).toBeLessThanOrEqual(MAX_CHECK_FLOPS);
    expect(2 * perSeed).toBeGreaterThan(MAX_CHECK_FLOPS);
    const claims = [{ kind: "agrees-with-theory", observable: "mupOptimumShift" }];
    expect(check({ experiment: "mup-transfer@1", params: max, seeds: [1], claims }).ok).toBe(true);
    const over = check({ experiment: "mup-transfer@1", params: max, seeds: [1, 2], claims: [{ kind: "agrees-with-theory", observable: "mupOptimumShift" }] });
    expect(over).toEqual({ ok: false, fieldErrors: { form: [expect.stringMatching(/over the cap of 1e\+12/)] } });
  });

  it("rejects wrong shapes", () => {
    for (const raw of [
      { ...base, seeds: [] },
      { ...base, seeds: Array.from({ length: 11 }, (_, i) => i) },
      { ...base, seeds: [1.5] },
      { ...base, seeds: [-1] },
      { ...base, claims: [] },
      { ...base, extra: 1 },
      { ...base, experiment: 3 },
    ]) {
      expect(specInputSchema.safeParse(raw).success, JSON.stringify(raw)).toBe(false);
    }
  });
});
