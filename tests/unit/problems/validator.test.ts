// The problem loader on fixtures: a valid set loads, and each kind of mistake fails with a message
// naming the file, the field (or section) and the reason, as the build will show it.
import { readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { getBibliography } from "@/lib/content/bibliography.server";
import { parseFrontmatter } from "@/lib/content/frontmatter.server";
import { countSentences, splitProblemBody } from "@/lib/content/problem-body.server";
import { parseProblemFrontmatter } from "@/lib/content/problem-frontmatter.server";
import { readProblemFiles } from "@/lib/content/problem-files.server";
import { compileAllProblems, loadProblems, type ProblemContext } from "@/lib/content/problems.server";
import { experiments } from "@/lib/experiments/registry";

const fixtures = "tests/unit/content/fixtures";
const dir = (name: string) => path.join(fixtures, name);

// A made-up page that raises the fixture problems; the real bibliography and registry.
function context(listed: string[]): ProblemContext {
  return {
    pages: new Map([["learn/fixture-page", { file: "content/learn/fixture-page.mdx", problems: listed }]]),
    bibliography: new Set(getBibliography().keys()),
    experiments: new Set(experiments.map((e) => e.slug)),
  };
}

function messageOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}

describe("the problem loader", () => {
  it("loads a valid set in tree order, with sections, anchors and origin", () => {
    const [direction, question] = loadProblems(dir("problems-valid"), context(["od-fx", "fx-good"]));
    expect(direction).toMatchObject({ id: "od-fx", kind: "direction", origin: "site", questions: ["fx-good"], href: "/problems/od-fx" });
    expect(question).toMatchObject({ id: "fx-good", kind: "question", direction: "od-fx", origin: "site", experiments: ["deep-linear-modes"] });
    expect(question.sections.map((s) => s.anchor)).toEqual(["statement", "background", "why-it-matters", "what-would-count-as-resolving-it", "partial-progress"]);
    expect(question.sections[0].line).toBe(17); // the line of "## Statement" in the file
  });

  it("fails a file with a missing or unknown section, a thin criterion, a statement without math, or bad frontmatter", () => {
    const message = messageOf(() => readProblemFiles(dir("problems-broken-files")));
    const file = (name: string) => `${fixtures}/problems-broken-files/${name}.mdx`;
    expect(message).toContain(`${file("fx-missing-section")}: section "## Why it matters": is missing`);
    expect(message).toMatch(new RegExp(`${file("fx-missing-section")}:\\d+: heading "## Open questions": is not a problem section`));
    expect(message).toMatch(new RegExp(`${file("fx-thin")}:\\d+: section "## What would count as resolving it": must state a checkable criterion in at least 2 sentences`));
    expect(message).toMatch(new RegExp(`${file("fx-thin")}:\\d+: section "## Statement": a question's statement must state it with math`));
    expect(message).toContain(`${file("fx-bad-frontmatter")}: frontmatter field "section": must be a section of the paper`);
    expect(message).not.toContain(`${file("fx-bad-frontmatter")}: frontmatter field "id"`); // reported once the schema passes
    expect(message).toContain(`${file("od-fx-parent")}: frontmatter field "direction": a direction has no parent`);
  });

  it("reports per-file rules once the schema passes: id equals file name, dates in order, a question needs a direction", () => {
    const file = `${fixtures}/problems-broken-files/fx-bad-frontmatter.mdx`;
    const { data } = matter(readFileSync(file, "utf8"));
    const message = messageOf(() => parseProblemFrontmatter(file, "fx-bad-frontmatter", { ...data, section: "§2.1" }));
    expect(message).toContain(`${file}: frontmatter field "id": "not-the-file-name" differs from the file name "fx-bad-frontmatter.mdx"`);
    expect(message).toContain(`${file}: frontmatter field "updated": 2026-11-01 is before the publication date 2026-12-02`);
    expect(message).toContain(`${file}: frontmatter field "direction": a question must name the direction it belongs to`);
  });

  it("fails a set with a bad reference, a question under a question, a cycle, and links that lead nowhere", () => {
    const listed = ["od-fx", "fx-good", "fx-bad-reference", "fx-under-question", "fx-cycle-a", "fx-cycle-b"];
    const message = messageOf(() => loadProblems(dir("problems-broken-set"), context(listed)));
    const file = (name: string) => `${fixtures}/problems-broken-set/${name}.mdx`;
    expect(message).toContain(`${file("fx-bad-reference")}: frontmatter field "references.0": unknown key "nobody1999missing": it is not in content/references.bib`);
    expect(message).toContain(`${file("fx-under-question")}: frontmatter field "direction": "fx-good" is a question; a question belongs to a direction`);
    expect(message).toContain(`${file("fx-cycle-a")}: frontmatter field "direction": "fx-cycle-b" is a question`);
    expect(message).toContain(`${file("fx-cycle-b")}: frontmatter field "direction": "fx-cycle-a" is a question`);
    expect(message).toContain(`${file("fx-bad-links")}: frontmatter field "experiments.0": "no-such-experiment" is not an experiment in lib/experiments/registry.ts`);
    expect(message).toContain(`${file("fx-bad-links")}: frontmatter field "related.0": "no-such-problem" is not a problem in content/problems/`);
    expect(message).toContain(`${file("fx-bad-links")}: frontmatter field "motivatedBy.0": "learn/no-such-page" is not a page`);
    expect(message).toContain(`${file("fx-bad-links")}: frontmatter field "motivatedBy.1": content/learn/fixture-page.mdx does not list "fx-bad-links" in its frontmatter problems`);
    // Only the broken files are named.
    expect(message).not.toContain(file("fx-good"));
  });

  it("fails when a page lists a problem that does not name the page back", () => {
    const message = messageOf(() => loadProblems(dir("problems-valid"), withOtherPage()));
    expect(message).toContain(`${fixtures}/problems-valid/fx-good.mdx: frontmatter field "motivatedBy": content/learn/other-page.mdx lists "fx-good" in its frontmatter problems, but motivatedBy does not name "learn/other-page"`);
  });

  it("fails to compile a body that cites a work its references field leaves out", async () => {
    const compiling = compileAllProblems(dir("problems-uncited"), context(["od-fx", "fx-unlisted-citation"]));
    await expect(compiling).rejects.toThrowError(
      `${fixtures}/problems-uncited/fx-unlisted-citation.mdx: citation [@saxe2014exact]: is cited in the body but missing from the frontmatter "references"`,
    );
  }, 120_000);

  it("compiles a valid set", async () => {
    const compiled = await compileAllProblems(dir("problems-valid"), context(["od-fx", "fx-good"]));
    expect(compiled.map((p) => p.id)).toEqual(["od-fx", "fx-good"]);
  }, 120_000);
});

describe("sections", () => {
  it("ignore headings inside code fences and display math, and count sentences outside math", () => {
    const body = ["## Statement", "", "Is $a.b = c$? Yes.", "```", "## Background", "```", "", "## Background", "", "x", "", "## Why it matters", "", "y", "", "## What would count as resolving it", "", "$$", "## not a heading", "$$", "One. Two."].join("\n");
    const { sections, errors } = splitProblemBody("f.mdx", "question", body, 1);
    expect(errors).toEqual([]);
    expect(sections.map((s) => s.key)).toEqual(["statement", "background", "whyItMatters", "criterion"]);
    expect(countSentences("A test, e.g. this one. And a threshold of 0.5 is met.")).toBe(3);
    expect(countSentences("$x = 1. y = 2.$ One sentence only")).toBe(0);
  });

  it("reject sections out of order", () => {
    const body = ["## Background", "", "b", "", "## Statement", "", "$x$", "", "## Why it matters", "", "w", "", "## What would count as resolving it", "", "One. Two."].join("\n");
    const { errors } = splitProblemBody("f.mdx", "question", body, 1);
    expect(errors.map((e) => e.message)).toContain('f.mdx:1: sections: must come in the order "Statement", "Background", "Why it matters", "What would count as resolving it", "Partial progress"');
  });
});

describe("pages' problems lists", () => {
  it("accept questions as well as directions, and reject ids that are not problems", () => {
    const base = { title: "t", summary: "s", authors: ["editors"], date: "2026-12-02" };
    expect(parseFrontmatter("p.mdx", "learn", { ...base, problems: ["od-1", "random-init-mode-timing", "od-quanta"] }).problems).toHaveLength(3);
    expect(() => parseFrontmatter("p.mdx", "learn", { ...base, problems: ["od-1", "od-99"] })).toThrowError(
      'p.mdx: frontmatter field "problems.1": "od-99" is not a problem in content/problems/',
    );
  });
});

// Helpers -------------------------------------------------------------------------------------

function withOtherPage(): ProblemContext {
  const c = context(["od-fx", "fx-good"]);
  c.pages.set("learn/other-page", { file: "content/learn/other-page.mdx", problems: ["fx-good"] });
  return c;
}
