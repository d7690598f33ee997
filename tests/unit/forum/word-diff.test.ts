import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { wordDiff } from "@/lib/forum/word-diff";

const side = (parts: ReturnType<typeof wordDiff>, op: "removed" | "added") => parts.filter((p) => p.op !== op).map((p) => p.text).join("");

describe("word diff", () => {
  it("marks changed words and keeps the rest", () => {
    expect(wordDiff("the sharpness rises to 2/eta", "the sharpness hovers at 2/eta")).toEqual([
      { op: "same", text: "the sharpness " },
      { op: "removed", text: "rises to" },
      { op: "added", text: "hovers at" },
      { op: "same", text: " 2/eta" },
    ]);
  });

  it("handles empty sides and identical texts", () => {
    expect(wordDiff("", "new text")).toEqual([{ op: "added", text: "new text" }]);
    expect(wordDiff("old text", "")).toEqual([{ op: "removed", text: "old text" }]);
    expect(wordDiff("same", "same")).toEqual([{ op: "same", text: "same" }]);
  });

  it("an insertion in the middle is only that insertion", () => {
    expect(wordDiff("a b c", "a b x c").filter((p) => p.op !== "same")).toEqual([{ op: "added", text: "x " }]);
  });

  it("both texts are recovered exactly from any diff (1,000 random pairs)", () => {
    const text = fc.array(fc.constantFrom("a", "b", "c", "$x$", " ", "\n", "  "), { maxLength: 40 }).map((t) => t.join(""));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const d = wordDiff(a, b);
        return side(d, "added") === a && side(d, "removed") === b;
      }),
      { numRuns: 1000 },
    );
  });

  it("a huge rewrite degrades to one removal and one addition instead of a quadratic table", () => {
    const a = Array.from({ length: 5000 }, (_, i) => `w${i}`).join(" ");
    const b = Array.from({ length: 5000 }, (_, i) => `v${i}`).join(" ");
    const started = performance.now();
    const d = wordDiff(a, b);
    expect(performance.now() - started).toBeLessThan(500);
    expect(side(d, "added")).toBe(a);
    expect(side(d, "removed")).toBe(b);
  });
});
