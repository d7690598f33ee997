import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Changelog, RelatedProblems } from "@/components/content/end-matter";
import { getPageMeta } from "@/lib/content/load.server";

const page = getPageMeta("learn", "deep-linear-networks")!;

describe("end matter", () => {
  it("lists a page's changelog newest first, with readable dates", () => {
    const changelog = [
      { date: "2026-12-02", note: "Corrected the plateau estimate." },
      { date: "2026-12-20", note: "Added the random-initialization check." },
    ];
    const html = renderToStaticMarkup(createElement(Changelog, { page: { ...page, changelog } }));
    expect(html).toContain('<time dateTime="2026-12-20">20 December 2026</time>: Added the random-initialization check.');
    expect(html.indexOf("20 December")).toBeLessThan(html.indexOf("2 December"));
  });

  it("renders nothing when a page has no changelog", () => {
    expect(renderToStaticMarkup(createElement(Changelog, { page: { ...page, changelog: [] } }))).toBe("");
  });

  it("lists the open questions the page raises, each linking to its tracker page, directions marked", async () => {
    const { problemsRaisedBy } = await import("@/lib/content/problems.server");
    const html = renderToStaticMarkup(createElement(RelatedProblems, { page }));
    expect(html).toContain('<h2 id="open-problems">Open questions this page raises</h2>');
    expect(html).toContain('<a href="/problems/od-1">What are simple, solvable models of genuinely deep, nonlinear learning?</a><span class="problem-kind"> (open direction)</span>');
    const raised = problemsRaisedBy("learn", "deep-linear-networks");
    expect(raised.some((p) => p.kind === "question")).toBe(true);
    for (const p of raised) expect(html).toContain(`<a href="/problems/${p.id}">`);
    expect(html).not.toContain("OD-1");
  });
});
