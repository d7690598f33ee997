// The seeded open problems in content/problems/: the format holds, every link resolves, and the
// tree, the pages and the paper's ten directions agree. These checks read the files and the other
// sources (pages, references.bib, the experiment registry) directly, so they do not only repeat the
// loader's own checks.
import { readFileSync } from "node:fs";
import matter from "gray-matter";
import { beforeAll, describe, expect, it } from "vitest";
import { getBibliography } from "@/lib/content/bibliography.server";
import { listPages } from "@/lib/content/load.server";
import { getOpenDirection, getProblemRef, listOpenDirections, listPaperDirections } from "@/lib/content/open-directions";
import { countSentences } from "@/lib/content/problem-body.server";
import { compileAllProblems, getProblem, listDirections, listProblems, problemSections, problemsRaisedBy, type ProblemMeta } from "@/lib/content/problems.server";
import { experiments } from "@/lib/experiments/registry";

// The paper's ten open directions (arXiv 2604.21691, §5), word for word.
const paperTitles = [
  "What are simple, solvable models of genuinely deep, nonlinear learning?",
  "What would a theory capable of capturing natural data look like?",
  "Does deep learning implicitly minimize some notion of functional complexity?",
  "How do we formally define the features learned by neural networks?",
  "Are finite neural networks properly understood as approximations to infinite limits?",
  "Can we understand and eliminate all hyperparameters?",
  "Can we predict scaling law exponents a priori?",
  "How does loss curvature interplay with architecture, features, and generalization?",
  "What makes for a good optimizer in deep learning?",
  "In what sense do large models trained differently learn similar representations?",
];

let problems: ProblemMeta[];
let questions: ProblemMeta[];
let directions: ProblemMeta[];
const body = (p: ProblemMeta) => matter(readFileSync(p.file, "utf8")).content;
const section = (p: ProblemMeta, key: string) => p.sections.find((s) => s.key === key)?.source ?? "";

beforeAll(() => {
  problems = listProblems();
  questions = problems.filter((p) => p.kind === "question");
  directions = problems.filter((p) => p.kind === "direction");
});

describe("the seeded problems", () => {
  it("are the paper's ten directions, the site's two, and at least 30 questions", () => {
    expect(directions.filter((d) => d.origin === "paper")).toHaveLength(10);
    expect(directions.filter((d) => d.origin === "site").map((d) => d.id).sort()).toEqual(["od-quanta", "od-stepwise-low-rank"]);
    expect(questions.length).toBeGreaterThanOrEqual(30);
  });

  it("keep the paper's ten directions as od-1 … od-10 with their exact titles, and open-directions.ts reads them from content", () => {
    const paper = directions.filter((d) => d.origin === "paper");
    expect(paper.map((d) => d.id)).toEqual(paperTitles.map((_, i) => `od-${i + 1}`));
    expect(paper.map((d) => d.title)).toEqual(paperTitles);
    expect(paper.every((d) => d.section === "§5")).toBe(true);
    expect(listPaperDirections().map((d) => [d.id, d.title])).toEqual(paper.map((d) => [d.id, d.title]));
    expect(listOpenDirections().map((d) => d.id)).toEqual(directions.map((d) => d.id));
  });

  it("have unique, URL-safe ids equal to their file names", () => {
    const ids = problems.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of problems) {
      expect(p.id, p.file).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(encodeURIComponent(p.id), p.file).toBe(p.id);
      expect(p.file, p.id).toBe(`content/problems/${p.id}.mdx`);
      expect(p.href).toBe(`/problems/${p.id}`);
    }
  });

  it("form a two-level tree: every question under a direction, no question under a question, no cycles", () => {
    const byId = new Map(problems.map((p) => [p.id, p]));
    for (const q of questions) {
      const parent = byId.get(q.direction!);
      expect(parent?.kind, `${q.file}: direction "${q.direction}"`).toBe("direction");
      // Walking up from any problem reaches a root within one step, so there is no cycle.
      const seen = new Set([q.id]);
      let node: ProblemMeta | undefined = q;
      while (node?.direction) {
        expect(seen.has(node.direction), `${q.file}: cycle through ${node.direction}`).toBe(false);
        seen.add(node.direction);
        node = byId.get(node.direction);
      }
      expect(seen.size, q.file).toBe(2);
    }
    for (const d of directions) expect(d.direction, d.file).toBeUndefined();
  });

  it("spread the questions over the directions: every direction has at least one, none more than four", () => {
    const tree = listDirections();
    expect(tree.map((t) => t.direction.id)).toEqual(directions.map((d) => d.id));
    for (const { direction, questions: qs } of tree) {
      expect(qs.length, direction.id).toBeGreaterThanOrEqual(1);
      expect(qs.length, direction.id).toBeLessThanOrEqual(4);
      expect(qs.every((q) => q.direction === direction.id)).toBe(true);
    }
    expect(tree.flatMap((t) => t.questions).length).toBe(questions.length);
  });

  it("name motivating pages that exist, and each such page lists the problem back (and only those)", () => {
    const pages = new Map(listPages().map((p) => [`${p.kind}/${p.slug}`, p]));
    for (const q of questions) expect(q.motivatedBy.length, q.file).toBeGreaterThan(0);
    for (const p of problems) {
      for (const ref of p.motivatedBy) {
        const page = pages.get(ref);
        expect(page, `${p.file}: motivatedBy ${ref}`).toBeDefined();
        expect(page!.problems, `${page!.file} should list ${p.id}`).toContain(p.id);
      }
    }
    for (const [ref, page] of pages) {
      for (const id of page.problems) {
        const p = problems.find((x) => x.id === id);
        expect(p, `${page.file}: problems lists ${id}`).toBeDefined();
        expect(p!.motivatedBy, `${p!.file} should name ${ref}`).toContain(ref);
      }
      expect(problemsRaisedBy(page.kind, page.slug).map((p) => p.id).sort()).toEqual([...page.problems].sort());
    }
  });

  it("raise questions from every page, and keep the pages' original od-N entries", () => {
    for (const page of listPages()) {
      expect(page.problems.some((id) => questions.some((q) => q.id === id)), page.file).toBe(true);
      expect(page.problems.some((id) => /^od-\d+$/.test(id)), page.file).toBe(true);
    }
  });

  it("cite only keys in references.bib, and list in `references` every key their body cites", () => {
    const bib = getBibliography();
    for (const p of problems) {
      for (const key of p.references) expect(bib.has(key), `${p.file}: references ${key}`).toBe(true);
      const cited = [...body(p).matchAll(/\[(@[^\]]+)\]/g)].flatMap((m) => m[1].split(";").map((k) => k.trim().slice(1)));
      for (const key of cited) {
        expect(bib.has(key), `${p.file}: [@${key}]`).toBe(true);
        expect(p.references, `${p.file}: [@${key}] is cited but not in references`).toContain(key);
      }
      if (p.kind === "question") expect(cited.length, `${p.file} cites nothing`).toBeGreaterThan(0);
    }
  });

  it("name only related problems and experiments that exist", () => {
    const ids = new Set(problems.map((p) => p.id));
    const slugs = new Set(experiments.map((e) => e.slug));
    for (const p of problems) {
      for (const id of p.related) {
        expect(ids.has(id), `${p.file}: related ${id}`).toBe(true);
        expect(id, p.file).not.toBe(p.id);
      }
      for (const slug of p.experiments) expect(slugs.has(slug), `${p.file}: experiment ${slug}`).toBe(true);
    }
    // Where a toy experiment bears on a question, it is named: most questions name one.
    expect(questions.filter((q) => q.experiments.length > 0).length).toBeGreaterThanOrEqual(questions.length / 2);
  });

  it("have the fixed sections in order, with math in every question's statement", () => {
    const required = problemSections.filter((s) => s.required).map((s) => s.heading);
    for (const p of problems) {
      const headings = [...body(p).matchAll(/^## (.+)$/gm)].map((m) => m[1].trim());
      expect(headings.slice(0, required.length), p.file).toEqual(required);
      expect(headings.slice(required.length).every((h) => h === "Partial progress"), p.file).toBe(true);
      expect(headings.length, p.file).toBeLessThanOrEqual(required.length + 1);
      if (p.kind === "question") expect(section(p, "statement"), p.file).toMatch(/\$[^$]+\$/);
    }
  });

  it("state a concrete resolution criterion of at least two sentences in every problem", () => {
    for (const p of problems) {
      const criterion = section(p, "criterion");
      expect(criterion.length, p.file).toBeGreaterThan(200);
      // Counted independently of the loader: sentence ends outside math.
      const prose = criterion.replace(/\$\$[\s\S]*?\$\$/g, " ").replace(/\$[^$]*\$/g, "x");
      expect(prose.match(/[.!?](\s|$)/g)?.length ?? 0, p.file).toBeGreaterThanOrEqual(2);
      expect(countSentences(criterion), p.file).toBeGreaterThanOrEqual(2);
      // A criterion is checkable: it names a number (a tolerance, a count, a threshold) to meet.
      if (p.kind === "question") expect(prose, `${p.file}: criterion without a number`).toMatch(/\d|\b(two|three|four|five|six|ten|twenty)\b/);
    }
  });

  it("resolve any problem id to its title for pages' end matter, directions and questions alike", () => {
    expect(getOpenDirection("od-1").title).toBe(paperTitles[0]);
    const q = questions[0];
    expect(getProblemRef(q.id)).toEqual({ id: q.id, kind: "question", title: q.title });
    expect(() => getProblemRef("od-99")).toThrowError(/problem "od-99": does not exist/);
  });
});

describe("compiling the seeded problems", () => {
  it("compiles every body with the pages' pipeline: citations, math and links all resolve", async () => {
    const compiled = await compileAllProblems();
    expect(compiled.map((p) => p.id)).toEqual(problems.map((p) => p.id));
    const one = (await getProblem("od-1"))!;
    expect(one.compiled.cited.map((e) => e.key)).toContain("simon2026theory");
    expect(one.compiled.code).toContain('"Citation"');
    expect(one.compiled.toc.filter((t) => t.depth === 2).map((t) => t.id)).toEqual(one.sections.map((s) => s.anchor));
  }, 600_000);

  it("links only to pages and problems that exist", () => {
    const routes = new Set([...listPages().map((p) => p.href), ...problems.map((p) => p.href)]);
    let links = 0;
    for (const p of problems) {
      for (const [, target] of body(p).matchAll(/\]\((\/[^)\s#]*)(?:#[^)\s]*)?\)/g)) {
        expect(routes.has(target), `${p.file}: link to ${target}`).toBe(true);
        links++;
      }
    }
    expect(links).toBeGreaterThan(0);
  });
});
