import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_DIFF_CELLS, sideOf, tokenize, wordDiff } from "@/lib/text/word-diff";

describe("word diff", () => {
  it("marks changed words, keeping the shared ones", () => {
    expect(wordDiff("the rate is linear in width", "the rate is quadratic in depth")).toEqual([
      { op: "equal", text: "the rate is " },
      { op: "delete", text: "linear" },
      { op: "insert", text: "quadratic" },
      { op: "equal", text: " in " },
      { op: "delete", text: "width" },
      { op: "insert", text: "depth" },
    ]);
  });

  it("identical text is one equal part; empty sides are one insertion or deletion", () => {
    expect(wordDiff("a b", "a b")).toEqual([{ op: "equal", text: "a b" }]);
    expect(wordDiff("", "new text")).toEqual([{ op: "insert", text: "new text" }]);
    expect(wordDiff("old", "")).toEqual([{ op: "delete", text: "old" }]);
    expect(wordDiff("", "")).toEqual([]);
  });

  it("keeps whitespace and math as tokens", () => {
    expect(tokenize("a  $x^2$\nb")).toEqual(["a", "  ", "$x^2$", "\n", "b"]);
  });

  it("always restores both sides exactly (property)", () => {
    const words = fc.array(fc.constantFrom("a", "b", "c", "$x$", " ", "\n", "  "), { maxLength: 40 }).map((t) => t.join(""));
    fc.assert(
      fc.property(words, words, (before, after) => {
        const parts = wordDiff(before, after);
        expect(sideOf(parts, "before")).toBe(before);
        expect(sideOf(parts, "after")).toBe(after);
        for (let i = 1; i < parts.length; i++) expect(parts[i]!.op).not.toBe(parts[i - 1]!.op);
      }),
    );
  });

  it("past the size limit, shows the changed middle as one replacement", () => {
    const n = Math.ceil(Math.sqrt(MAX_DIFF_CELLS)) + 10;
    const before = Array.from({ length: n }, (_, i) => `a${i}`).join(" ");
    const after = Array.from({ length: n }, (_, i) => `b${i}`).join(" ");
    const parts = wordDiff(`start ${before} end`, `start ${after} end`);
    expect(parts.map((p) => p.op)).toEqual(["equal", "delete", "insert", "equal"]);
  });
});
