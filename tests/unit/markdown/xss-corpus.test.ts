// Every payload of the XSS corpus cooks to HTML that a browser would parse into nothing active:
// the invariants (tests/support/user-html-invariants.ts) checked with parse5.
import { afterAll, describe, expect, it } from "vitest";
import { MarkdownRenderer } from "@/lib/markdown";
import { xssCorpus } from "@/tests/fixtures/user-text-xss";
import { userHtmlViolations } from "@/tests/support/user-html-invariants";

const renderer = new MarkdownRenderer();
afterAll(() => renderer.close());

describe("the XSS corpus", () => {
  it("has at least 60 distinct payloads", () => {
    expect(new Set(xssCorpus.map((p) => p.source)).size).toBeGreaterThanOrEqual(60);
    expect(new Set(xssCorpus.map((p) => p.name)).size).toBe(xssCorpus.length);
  });

  it.each(xssCorpus.map((p) => [p.name, p.source]))("%s: renders inert", async (_, source) => {
    const result = await renderer.render(source, { knownHandles: ["alice"] });
    expect(userHtmlViolations(result.html)).toEqual([]);
    expect(result.status).toBe("ok");
  });
});

describe("the invariants themselves", () => {
  // A checker that passes everything proves nothing: each of these must be caught.
  it.each([
    ["<script>alert(1)</script>", "<script>"],
    ['<p onclick="x">a</p>', "onclick on <p>"],
    ['<a href="javascript:alert(1)" rel="nofollow ugc noopener">x</a>', "link to javascript:"],
    ['<a href=" JAVA\tSCRIPT:alert(1)" rel="nofollow ugc noopener">x</a>', "link to javascript:"],
    ['<a href="https://x.org">x</a>', 'link without rel="nofollow ugc noopener"'],
    ['<p style="color:red">x</p>', "style on <p> outside math"],
    ['<span class="katex"><span style="background:url(x)">x</span></span>', 'style "background:url(x)"'],
    ['<span class="katex"><span style="position:fixed">x</span></span>', 'style "position:fixed"'],
    ['<span class="katex"><svg><image href="x"></image></svg></span>', "<image> in math"],
    ['<svg><path d="M0"></path></svg>', "<svg>"],
    ['<span class="katex"><mrow href="javascript:alert(1)">x</mrow></span>', "href on <mrow>"],
    ['<input type="text">', "an input other than a disabled task-list checkbox"],
    ['<li class="task-list-item"><input type="checkbox"></li>', "an input other than a disabled task-list checkbox"],
    ['<p id="main">x</p>', 'id "main"'],
    ['<p class="fixed">x</p>', 'class "fixed" on <p>'],
    ["<img>", "<img>"],
    ["<p><!-- x --></p>", "a comment"],
  ])("catches %s", (html, problem) => {
    expect(userHtmlViolations(html)).toContain(problem);
  });
});
