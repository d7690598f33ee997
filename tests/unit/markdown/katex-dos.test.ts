// Math meant to exhaust KaTeX: each input fails or finishes within 100 ms in the worker, or, for
// sheer volume, is cut by the time limit. Times are the best of three (a shared machine only adds).
import katex from "katex";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MarkdownRenderer, MAX_SOURCE_CHARS } from "@/lib/markdown";
import { userHtmlViolations } from "@/tests/support/user-html-invariants";

const renderer = new MarkdownRenderer({ timeLimitMs: 2_000 });
beforeAll(() => renderer.render("warm $x^2$"));
afterAll(() => renderer.close());

const nest = (open: string, inner: string, close: string, n: number) => open.repeat(n) + inner + close.repeat(n);

const amplifiers: [string, string][] = [
  ["recursive \\def", "$\\def\\a{\\a\\a}\\a$"],
  ["exponential \\def chain", `$${Array.from({ length: 25 }, (_, i) => `\\def\\m${String.fromCharCode(97 + i + 1)}{\\m${String.fromCharCode(97 + i)}\\m${String.fromCharCode(97 + i)}}`).join("")}\\def\\ma{x}\\mz$`],
  ["\\newcommand doubling its argument", `$\\newcommand{\\x}[1]{#1#1}${nest("\\x{", "a", "}", 30)}$`],
  ["recursive \\gdef over formulas", "$\\gdef\\b{\\b\\b}$ $\\b$ $\\b$ $\\b$"],
  ["macro that nests groups", `$\\def\\g#1{{{{{#1}}}}}${nest("\\g{", "x", "}", 45)}$`],
  ["3,000 nested braces", `$${nest("{", "x", "}", 3_000)}$`],
  ["1,000 nested fractions", `$${nest("\\frac{1}{", "x", "}", 1_000)}$`],
  ["1,000 nested superscripts", `$${nest("x^{", "x", "}", 1_000)}$`],
  ["1,000 nested \\left…\\right", `$${nest("\\left(", "x", "\\right)", 1_000)}$`],
  ["200 nested arrays", `$${nest("\\begin{array}{c}", "x", "\\end{array}", 200)}$`],
  ["nested \\text and math", `$${nest("\\text{\\(", "x", "\\)}", 500)}$`],
  ["nested \\sqrt with indices", `$${nest("\\sqrt[", "x", "]{y}", 300)}$`],
  ["nested \\mathchoice", `$${nest("\\mathchoice{", "x", "}{a}{b}{c}", 100)}$`],
  ["huge \\rule", "$\\rule{100000em}{100000em}$"],
  ["huge \\kern, \\hspace and \\mkern", "$a\\kern99999em b\\hspace{999999em}c\\mkern-999999mu d$"],
  ["huge \\raisebox and \\vrule", "$\\raisebox{99999em}{x}\\rule[-99999em]{1em}{1em}$"],
  ["huge sizing in \\fontsize-like commands", "$\\Huge\\Huge\\Huge x \\scalebox{1000}{y}$"],
  ["\\includegraphics and \\htmlData", "$\\includegraphics[width=99999em]{x.png}\\htmlData{a=b}{c}$"],
];

describe("KaTeX denial-of-service inputs", () => {
  it("runs on KaTeX 0.16.21 or later (earlier ones let maxExpand be bypassed)", () => {
    const [major, minor, patch] = katex.version.split(".").map(Number);
    expect(major > 0 || minor > 16 || (minor === 16 && patch >= 21)).toBe(true);
  });

  it.each(amplifiers)("%s: fails or finishes within 100 ms", async (_, source) => {
    let best = Infinity;
    let html = "";
    for (let i = 0; i < 3; i++) {
      const started = performance.now();
      const result = await renderer.render(source);
      best = Math.min(best, performance.now() - started);
      expect(result.status).toBe("ok");
      html = result.html;
    }
    expect(best).toBeLessThanOrEqual(100);
    expect(userHtmlViolations(html)).toEqual([]);
  });

  // Sheer volume costs time in proportion: the time limit and the HTML cap bound it.
  it.each([
    ["a formula as long as a post", `$${"x_{i}+".repeat(Math.floor((MAX_SOURCE_CHARS - 10) / 6))}x$`],
    ["10,000 broken formulas", "$\\frac{$ ".repeat(10_000)],
  ])("%s is typeset, refused as too large, or cut by the time limit", async (_, source) => {
    const started = performance.now();
    const result = await renderer.render(source);
    expect(performance.now() - started).toBeLessThan(2_000 + 250);
    expect(userHtmlViolations(result.html)).toEqual([]);
  });
});
