// Markdown fuzzing: 1,000 random and adversarial bodies (Markdown, TeX and HTML fragments, nesting,
// long runs, odd characters) through the worker. No call fails, none outlives the time limit, and
// every output, whatever its status, passes the same invariants as the XSS corpus.
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { MarkdownRenderer, RENDERER_VERSION } from "@/lib/markdown";
import { userHtmlViolations } from "@/tests/support/user-html-invariants";

const TIME_LIMIT_MS = 2_000;
const MARGIN_MS = 250;
const renderer = new MarkdownRenderer({ timeLimitMs: TIME_LIMIT_MS });
afterAll(() => renderer.close());

const fragments = fc.constantFrom(
  "*", "**", "_", "__", "~~", "`", "```", "```js\n", "~~~", "$", "$$", "$$\n", "\\", "\\\\", "[", "]", "](", ")", "[^1]", "[^1]: ",
  "![", "<", ">", "> ", "- ", "* ", "1. ", "- [ ] ", "- [x] ", "| a | b |\n", "|---|:-:|\n", "\n", "\n\n", "    ", "\t", "#", "## ", "---\n",
  "<script>", "</script>", "<img src=x onerror=alert(1)>", "<a href='javascript:alert(1)'>", "<svg onload=alert(1)>", "<math>", "<!--", "-->",
  "<style>", "javascript:", "JaVaScRiPt:", "data:text/html,", "vbscript:", "&#x6A;", "&#106;", "&colon;", "&lt;", "&amp;", "%0a",
  "http://example.org/", "www.example.org", "a@b.org", "mailto:", "@alice", "@bob", "@x-1", "me@alice",
  "\\frac{", "}{", "}", "{", "^", "_", "\\left(", "\\right)", "\\begin{matrix}", "\\end{matrix}", "&", "\\\\\\\\",
  "\\href{javascript:alert(1)}{", "\\url{", "\\def\\a{\\a\\a}\\a", "\\gdef", "\\rule{999em}{999em}", "\\kern999em", "\\htmlData{a=b}{",
  "\\includegraphics{x}", "\\color{red;x:y}", "\\text{", "\\R", "\\norm{x}", "\\(", "\\)", "\u0000", "\u200b", "\u202e", "😀", "é", "x", " ",
);
const piece = fc.oneof(
  { weight: 6, arbitrary: fragments },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 8 }) },
);
// Long runs of one piece: emphasis, brackets, quotes, dollars… (the shapes micromark is slow on).
const run = fc.tuple(piece, fc.integer({ min: 10, max: 600 })).map(([p, n]) => p.repeat(n));
const body = fc
  .array(fc.oneof({ weight: 8, arbitrary: piece }, { weight: 1, arbitrary: run }), { maxLength: 80 })
  .map((parts) => parts.join("").slice(0, 6_000));

describe("fuzzing", () => {
  it("1,000 bodies: no failure, no call over the limit, every output inert", async () => {
    let slowest = 0;
    await fc.assert(
      fc.asyncProperty(body, async (source) => {
        const started = performance.now();
        const result = await renderer.render(source, { knownHandles: ["alice", "x-1"] });
        const ms = performance.now() - started;
        slowest = Math.max(slowest, ms);
        expect(ms).toBeLessThan(TIME_LIMIT_MS + MARGIN_MS);
        expect(["ok", "timed-out", "too-large"]).toContain(result.status);
        expect(result.version).toBe(RENDERER_VERSION);
        expect(typeof result.text).toBe("string");
        expect(userHtmlViolations(result.html)).toEqual([]);
      }),
      { numRuns: 1_000, seed: Number(process.env.FUZZ_SEED ?? 20261201) },
    );
    console.log(`fuzzing: slowest call ${slowest.toFixed(0)} ms`);
  });
});
