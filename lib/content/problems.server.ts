import "server-only";
import { experiments as registry } from "../experiments/registry";
import { getBibliography } from "./bibliography.server";
import { compileMdx, type CompiledMdx } from "./compile.server";
import { ContentError, ContentErrors } from "./errors.server";
import { listPages } from "./load.server";
import type { ProblemSection } from "./problem-body.server";
import { readProblemFiles, type ProblemFile } from "./problem-files.server";
import { paperDirectionIdPattern, type ProblemFrontmatter } from "./problem-frontmatter.server";
import { problemsRoot } from "./problem-ids.server";

export type { ProblemKind } from "./problem-frontmatter.server";
export { problemSections, type ProblemSection, type ProblemSectionKey } from "./problem-body.server";

/**
 * The seed text of the open-problems tracker: directions and the questions under them, one MDX file
 * each in content/problems/, reviewed in git. Status, history, watchers and proposals are not here:
 * they live in the database and refer to problems by these ids.
 */
export interface ProblemMeta extends ProblemFrontmatter {
  /** Site path: /problems/<id>. */
  href: string;
  /** Project-relative file path, for messages and "edit this problem". */
  file: string;
  /** "paper" for the position paper's directions (od-1 … od-10) and their questions, "site" for the site's own. */
  origin: "paper" | "site";
  /** The paper's number of a paper direction (1 … 10). */
  number?: number;
  /** The body's sections in order, with their anchors. */
  sections: ProblemSection[];
  /** For a direction: the ids of its questions, in display order. Empty for a question. */
  questions: string[];
}

export interface Problem extends ProblemMeta {
  compiled: CompiledMdx;
}

export interface DirectionWithQuestions {
  direction: ProblemMeta;
  questions: ProblemMeta[];
}

/** What a problem set is checked against: the site's pages, bibliography and experiment registry. */
export interface ProblemContext {
  /** "learn/<slug>" or "perspectives/<slug>" → the page's file and its frontmatter `problems`. */
  pages: Map<string, { file: string; problems: readonly string[] }>;
  /** Keys of content/references.bib. */
  bibliography: ReadonlySet<string>;
  /** Slugs of the experiment registry. */
  experiments: ReadonlySet<string>;
}

export function siteProblemContext(): ProblemContext {
  return {
    pages: new Map(listPages().map((p) => [`${p.kind}/${p.slug}`, { file: p.file, problems: p.problems }])),
    bibliography: new Set(getBibliography().keys()),
    experiments: new Set(registry.map((e) => e.slug)),
  };
}

function directionOrder(a: ProblemMeta, b: ProblemMeta): number {
  if (a.origin !== b.origin) return a.origin === "paper" ? -1 : 1;
  if (a.number !== undefined && b.number !== undefined) return a.number - b.number;
  return a.id.localeCompare(b.id);
}

/**
 * Checks a set of problem files against each other and against the site, and returns them in
 * display order: each direction (the paper's by number, then the site's) followed by its questions.
 * Every reference must resolve: a question's direction (which must be a direction, so the problems
 * form a two-level tree), related problems, experiments, BibTeX keys, and the pages that raise a
 * problem, which must list it back in their own frontmatter (and every page listing a problem must
 * be named by it). All problems are reported together, each naming file, field and reason.
 */
export function validateProblemSet(files: ProblemFile[], context: ProblemContext): ProblemMeta[] {
  const errors: ContentError[] = [];
  const byId = new Map<string, ProblemFile>();
  for (const f of files) {
    const id = f.frontmatter.id;
    if (byId.has(id)) errors.push(new ContentError(f.file, 'frontmatter field "id"', `"${id}" is also the id of ${byId.get(id)!.file}`));
    else byId.set(id, f);
  }

  for (const { frontmatter: fm, file } of files) {
    const fail = (field: string, reason: string) => errors.push(new ContentError(file, `frontmatter field "${field}"`, reason));
    if (fm.kind === "question" && fm.direction !== undefined) {
      const parent = byId.get(fm.direction);
      if (!parent) fail("direction", `"${fm.direction}" is not a problem in content/problems/`);
      else if (parent.frontmatter.kind !== "direction") {
        fail("direction", `"${fm.direction}" is a question; a question belongs to a direction (problems form a two-level tree)`);
      }
    }
    fm.related.forEach((id, i) => {
      if (!byId.has(id)) fail(`related.${i}`, `"${id}" is not a problem in content/problems/`);
    });
    fm.experiments.forEach((slug, i) => {
      if (!context.experiments.has(slug)) fail(`experiments.${i}`, `"${slug}" is not an experiment in lib/experiments/registry.ts`);
    });
    fm.references.forEach((key, i) => {
      if (!context.bibliography.has(key)) fail(`references.${i}`, `unknown key "${key}": it is not in content/references.bib`);
    });
    fm.motivatedBy.forEach((ref, i) => {
      const page = context.pages.get(ref);
      if (!page) fail(`motivatedBy.${i}`, `"${ref}" is not a page (there is no content/${ref}.mdx)`);
      else if (!page.problems.includes(fm.id)) {
        fail(`motivatedBy.${i}`, `${page.file} does not list "${fm.id}" in its frontmatter problems; add it there so the page shows the problem it raises`);
      }
    });
  }

  for (const [ref, page] of context.pages) {
    for (const id of page.problems) {
      const problem = byId.get(id);
      if (problem && !problem.frontmatter.motivatedBy.includes(ref)) {
        errors.push(
          new ContentError(problem.file, 'frontmatter field "motivatedBy"', `${page.file} lists "${id}" in its frontmatter problems, but motivatedBy does not name "${ref}"`),
        );
      }
    }
  }
  if (errors.length) throw new ContentErrors(errors);

  const metas = new Map<string, ProblemMeta>();
  for (const f of files) {
    const fm = f.frontmatter;
    const paperNumber = fm.kind === "direction" ? fm.id.match(paperDirectionIdPattern)?.[1] : undefined;
    metas.set(fm.id, {
      ...fm,
      href: `/problems/${fm.id}`,
      file: f.file,
      origin: fm.kind === "direction" ? (paperNumber ? "paper" : "site") : "paper", // questions: set from their direction below
      number: paperNumber ? Number(paperNumber) : undefined,
      sections: f.sections,
      questions: [],
    });
  }
  const directions = [...metas.values()].filter((p) => p.kind === "direction").sort(directionOrder);
  const ordered: ProblemMeta[] = [];
  for (const d of directions) {
    const questions = [...metas.values()]
      .filter((q) => q.kind === "question" && q.direction === d.id)
      .sort((a, b) => a.title.localeCompare(b.title));
    for (const q of questions) q.origin = d.origin;
    d.questions = questions.map((q) => q.id);
    ordered.push(d, ...questions);
  }
  return ordered;
}

/** Reads, checks and orders the problems of a folder (content/problems/ unless told otherwise). */
export function loadProblems(dir: string = problemsRoot, context: ProblemContext = siteProblemContext()): ProblemMeta[] {
  return validateProblemSet(readProblemFiles(dir), context);
}

/** Every problem, checked, in display order (each direction followed by its questions). Never compiles. */
export function listProblems(): ProblemMeta[] {
  return loadProblems();
}

/** The tree the index shows: directions in order, each with its questions. */
export function listDirections(): DirectionWithQuestions[] {
  const problems = listProblems();
  const byId = new Map(problems.map((p) => [p.id, p]));
  return problems.filter((p) => p.kind === "direction").map((direction) => ({ direction, questions: direction.questions.map((id) => byId.get(id)!) }));
}

export function getProblemMeta(id: string): ProblemMeta | undefined {
  return listProblems().find((p) => p.id === id);
}

/** The problems a page raises (its frontmatter `problems`), directions and questions, in display order. */
export function problemsRaisedBy(kind: "learn" | "perspectives", slug: string): ProblemMeta[] {
  return listProblems().filter((p) => p.motivatedBy.includes(`${kind}/${slug}`));
}

// One compilation per file version: readProblemFile returns a new object when the file changes.
const compiled = new WeakMap<ProblemFile, Promise<CompiledMdx>>();

async function compileProblem(f: ProblemFile): Promise<CompiledMdx> {
  let pending = compiled.get(f);
  if (!pending) {
    pending = compileMdx(f.file, f.source).then((result) => {
      // Every work cited in the body is listed in the frontmatter, so the references field is the
      // problem's complete reference list (for the export and "cite this problem") without compiling.
      const listed = new Set(f.frontmatter.references);
      const unlisted = result.cited.filter((e) => !listed.has(e.key));
      if (unlisted.length) {
        throw new ContentErrors(unlisted.map((e) => new ContentError(f.file, `citation [@${e.key}]`, 'is cited in the body but missing from the frontmatter "references"')));
      }
      return result;
    });
    compiled.set(f, pending);
    pending.catch(() => compiled.delete(f)); // a failed compile is retried on the next request
  }
  return pending;
}

/** A problem with its compiled body (same pipeline as pages: KaTeX, [@key] citations with hover cards). */
export async function getProblem(id: string): Promise<Problem | undefined> {
  const meta = getProblemMeta(id);
  if (!meta) return undefined;
  const file = readProblemFiles().find((f) => f.frontmatter.id === id)!;
  return { ...meta, compiled: await compileProblem(file) };
}

/**
 * Compiles every problem and returns their metadata. The problem pages' generateStaticParams should
 * call this, so a broken problem fails `next build` with its file, field and reason.
 */
export async function compileAllProblems(dir: string = problemsRoot, context?: ProblemContext): Promise<ProblemMeta[]> {
  const files = readProblemFiles(dir);
  const problems = validateProblemSet(files, context ?? siteProblemContext());
  const errors: ContentError[] = [];
  for (const f of files) {
    // One at a time: esbuild and KaTeX are CPU-bound.
    try {
      await compileProblem(f);
    } catch (error) {
      if (error instanceof ContentErrors) errors.push(...error.problems);
      else if (error instanceof ContentError) errors.push(error);
      else throw error;
    }
  }
  if (errors.length) throw new ContentErrors(errors);
  return problems;
}
