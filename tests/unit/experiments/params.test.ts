import { describe, expect, it } from "vitest";
import { z } from "@/lib/zod";
import { describeSchema, parseParams } from "@/lib/experiments/params";
import type { Experiment } from "@/lib/experiments/types";

const schema = z.object({
  learningRate: z.number().min(0.0001).max(0.05).default(0.005),
  steps: z.number().int().min(10).max(5000).default(100),
  init: z.enum(["decoupled", "random"]).default("decoupled"),
  verbose: z.boolean().default(false),
  widths: z.array(z.number().int().min(1).max(64)).min(1).max(4).default([8]),
  scale: z.number().positive().default(1),
});

const exp = { params: schema } as unknown as Experiment<typeof schema>;

function errorsOf(raw: unknown) {
  const r = parseParams(exp, raw);
  if (r.ok) throw new Error("expected a failure");
  return r.errors;
}

describe("parseParams", () => {
  it("fills defaults and accepts valid values", () => {
    expect(parseParams(exp, undefined)).toEqual({
      ok: true,
      params: { learningRate: 0.005, steps: 100, init: "decoupled", verbose: false, widths: [8], scale: 1 },
    });
    const r = parseParams(exp, { learningRate: 0.05, init: "random", widths: [1, 64] });
    expect(r.ok && r.params.learningRate).toBe(0.05);
  });

  it("names the parameter and its allowed range in every message", () => {
    expect(errorsOf({ learningRate: 5 })).toEqual([
      { param: "learningRate", message: "learningRate must be a number between 0.0001 and 0.05 (got 5)" },
    ]);
    expect(errorsOf({ steps: 2.5 })[0].message).toBe("steps must be an integer between 10 and 5000 (got 2.5)");
    expect(errorsOf({ steps: "many" })[0].message).toBe('steps must be an integer between 10 and 5000 (got "many")');
    expect(errorsOf({ init: "orthogonal" })[0].message).toBe(
      'init must be one of "decoupled", "random" (got "orthogonal")',
    );
    expect(errorsOf({ verbose: "yes" })[0].message).toBe('verbose must be true or false (got "yes")');
    expect(errorsOf({ widths: [0] })[0].message).toBe(
      "widths must be a list of 1 to 4 items, each an integer between 1 and 64 (got [0])",
    );
    expect(errorsOf({ scale: -1 })[0].message).toBe("scale must be a number > 0 (got -1)");
  });

  it("rejects unknown parameters, listing the allowed ones, and reports every bad field", () => {
    const errors = errorsOf({ lr: 0.01, steps: 1 });
    expect(errors).toHaveLength(2);
    expect(errors[0]).toEqual({
      param: "lr",
      message: "unknown parameter lr (allowed: learningRate, steps, init, verbose, widths, scale)",
    });
    expect(errors[1].param).toBe("steps");
  });

  it("rejects a non-object", () => {
    expect(errorsOf([1, 2])[0].message).toMatch(/params must be an object/);
    expect(errorsOf(5)[0].message).toMatch(/params must be an object/);
  });

  it("describes optional and unbounded fields", () => {
    expect(describeSchema(z.number().int().optional())).toBe("an integer");
    expect(describeSchema(z.number().min(0))).toBe("a number ≥ 0");
    expect(describeSchema(z.number().gt(0).lt(1))).toBe("a number > 0 and < 1");
    expect(describeSchema(z.array(z.boolean()).length(3))).toBe("a list of exactly 3 items, each true or false");
  });
});
