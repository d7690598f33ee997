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

  it("names the related open directions by their titles, without links until /problems exists", () => {
    const html = renderToStaticMarkup(createElement(RelatedProblems, { page }));
    expect(html).toContain("OD-1");
    expect(html).toContain("What are simple, solvable models of genuinely deep, nonlinear learning?");
    expect(html).not.toContain("<a ");
  });
});
