import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_DIFF_CELLS, sideOf, tokenize, wordDiff } from "@/lib/text/word-diff";

const words = fc.array(fc.constantFrom("a", "b", "c", "$x$", " ", "\n", "  "), { maxLength: 40 }).map((t) => t.join(""));

describe("word diff", () => {
  it("marks changed words, keeping the shared ones", () => {
    expect(wordDiff("the rate is linear in width", "the rate is quadratic in depth")).toEqual([
      { op: "same", text: "the rate is " },
      { op: "removed", text: "linear" },
      { op: "added", text: "quadratic" },
      { op: "same", text: " in " },
      { op: "removed", text: "width" },
      { op: "added", text: "depth" },
    ]);
  });

  it("identical text is one same part; empty sides are one addition or removal", () => {
    expect(wordDiff("a b", "a b")).toEqual([{ op: "same", text: "a b" }]);
    expect(wordDiff("", "new text")).toEqual([{ op: "added", text: "new text" }]);
    expect(wordDiff("old", "")).toEqual([{ op: "removed", text: "old" }]);
    expect(wordDiff("", "")).toEqual([]);
  });

  it("keeps whitespace and math as tokens", () => {
    expect(tokenize("a  $x^2$\nb")).toEqual(["a", "  ", "$x^2$", "\n", "b"]);
  });

  it("always restores both sides exactly (property)", () => {
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
    expect(parts.map((p) => p.op)).toEqual(["same", "removed", "added", "same"]);
  });
});

describe("word diff in phrases (forum revisions)", () => {
  const phrases = { phrases: true };

  it("marks a changed phrase as one removal and one addition and keeps the rest", () => {
    expect(wordDiff("the sharpness rises to 2/eta", "the sharpness hovers at 2/eta", phrases)).toEqual([
      { op: "same", text: "the sharpness " },
      { op: "removed", text: "rises to" },
      { op: "added", text: "hovers at" },
      { op: "same", text: " 2/eta" },
    ]);
  });

  it("handles empty sides and identical texts", () => {
    expect(wordDiff("", "new text", phrases)).toEqual([{ op: "added", text: "new text" }]);
    expect(wordDiff("old text", "", phrases)).toEqual([{ op: "removed", text: "old text" }]);
    expect(wordDiff("same", "same", phrases)).toEqual([{ op: "same", text: "same" }]);
  });

  it("an insertion in the middle is only that insertion", () => {
    expect(wordDiff("a b c", "a b x c", phrases).filter((p) => p.op !== "same")).toEqual([{ op: "added", text: "x " }]);
  });

  it("both texts are recovered exactly from any diff (1,000 random pairs)", () => {
    fc.assert(
      fc.property(words, words, (a, b) => {
        const d = wordDiff(a, b, phrases);
        return sideOf(d, "before") === a && sideOf(d, "after") === b;
      }),
      { numRuns: 1000 },
    );
  });

  it("a huge rewrite degrades to one removal and one addition instead of a quadratic table", () => {
    const a = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(" ");
    const b = Array.from({ length: 5000 }, (_, i) => `v${i}`).join(" ");
    const started = performance.now();
    const d = wordDiff(a, b, phrases);
    expect(performance.now() - started).toBeLessThan(500);
    expect(sideOf(d, "before")).toBe(a);
    expect(sideOf(d, "after")).toBe(b);
  });
});
