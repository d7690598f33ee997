// The two pure helpers: which handles to look up before rendering, and the words of math.
import { describe, expect, it } from "vitest";
import { MAX_MENTION_CANDIDATES, mentionCandidates } from "@/lib/markdown";
import { texToWords } from "@/lib/markdown/plain-text";

describe("mentionCandidates", () => {
  it("lists each @handle once, in order, including ones the renderer will skip (in code)", () => {
    expect(mentionCandidates("@alice thanks @bob-2, and @alice again; `@carol`")).toEqual(["alice", "bob-2", "carol"]);
  });

  it("ignores e-mail addresses, capitals and runs longer than a handle", () => {
    expect(mentionCandidates(`me@alice.org x.@bob @Carol @${"d".repeat(41)} @${"e".repeat(40)}`)).toEqual(["e".repeat(40)]);
  });

  it("stops at MAX_MENTION_CANDIDATES", () => {
    const source = Array.from({ length: 200 }, (_, i) => `@user-${i}`).join(" ");
    expect(mentionCandidates(source)).toHaveLength(MAX_MENTION_CANDIDATES);
  });
});

describe("texToWords", () => {
  it.each([
    ["\\lambda_{max}", "lambda max"],
    ["\\text{progressive sharpening}", "progressive sharpening"],
    ["\\frac{\\partial L}{\\partial \\theta}", "L theta"],
    ["\\varepsilon \\to 0, \\Lambda", "epsilon 0, lambda"],
    ["\\operatorname{tr}(H) \\leq 2/\\eta", "tr (H) 2/ eta"],
    ["a \\{ b \\} c", "a b c"],
  ])("%s → %s", (tex, words) => {
    expect(texToWords(tex)).toBe(words);
  });
});
