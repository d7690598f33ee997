// <lmh-demo> receives its props as a JSON attribute, so every demo's description must survive
// JSON unchanged (no Infinity, NaN, dates or functions, which JSON would silently alter).
import { describe, expect, it } from "vitest";
import { demoSpec } from "@/components/demos/describe-controls";
import { experiments } from "@/lib/experiments/registry";

describe("demo descriptions are plain JSON", () => {
  for (const exp of experiments) {
    it(exp.id, () => {
      const spec = demoSpec(exp);
      expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
    });
  }
});
