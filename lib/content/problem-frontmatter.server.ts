import "server-only";
import { z } from "@/lib/zod";
import { ContentError, ContentErrors } from "./errors.server";
import { isoDate } from "./frontmatter.server";

/**
 * Problem ids are stable: they are URLs (/problems/<id>), watch targets and foreign keys of the
 * tracker's database rows. Lowercase words and digits joined by single hyphens, at most 64 characters.
 */
export const problemIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** The paper's ten directions: od-1 … od-10. */
export const paperDirectionIdPattern = /^od-(\d+)$/;
/** A page that raises a problem: "learn/<slug>" or "perspectives/<slug>". */
export const pageRefPattern = /^(learn|perspectives)\/[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A section of the paper ("§2.2") or "site" for the site's own problems. */
export const sectionPattern = /^(?:§\d+(?:\.\d+)*|site)$/;

const problemId = z
  .string()
  .max(64, "must be at most 64 characters (it is part of a URL)")
  .regex(problemIdPattern, "ids are lowercase words and digits joined by single hyphens (they are part of URLs)");

const uniqueList = <T extends z.ZodType<string>>(item: T) =>
  z
    .array(item)
    .default([])
    .refine((list) => new Set(list).size === list.length, { error: "lists an entry twice" });

export const problemKinds = ["direction", "question"] as const;
export type ProblemKind = (typeof problemKinds)[number];

export const problemFrontmatterSchema = z
  .object({
    id: problemId,
    kind: z.enum(problemKinds),
    title: z.string().min(1).max(200),
    summary: z.string().min(1).max(280, "must be at most 280 characters: indexes, feeds and cards show it whole"),
    /** For a question: the id of the direction it belongs to. Directions have none. */
    direction: problemId.optional(),
    section: z.string().regex(sectionPattern, 'must be a section of the paper such as "§2.2", or "site" for the site\'s own'),
    tags: uniqueList(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "tags are lowercase words joined by hyphens")),
    motivatedBy: uniqueList(z.string().regex(pageRefPattern, 'must name a page as "learn/<slug>" or "perspectives/<slug>"')),
    /** Slugs of registry experiments (lib/experiments/registry.ts) that bear on the problem. */
    experiments: uniqueList(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be the slug of a registry experiment")),
    related: uniqueList(problemId),
    /** BibTeX keys in content/references.bib; every key cited in the body must be listed here. */
    references: uniqueList(z.string().regex(/^[A-Za-z0-9_][\w:.-]*$/, "must be a BibTeX key")),
    date: isoDate,
    updated: isoDate.optional(),
  })
  .strict();

export type ProblemFrontmatter = z.infer<typeof problemFrontmatterSchema>;

/**
 * Validates one problem file's frontmatter on its own (references to other files are checked by the
 * loader, which sees them all). Throws every problem found, each naming file, field and reason.
 */
export function parseProblemFrontmatter(file: string, fileId: string, data: unknown): ProblemFrontmatter {
  const parsed = problemFrontmatterSchema.safeParse(data);
  if (!parsed.success) {
    throw new ContentErrors(
      parsed.error.issues.map((issue) => new ContentError(file, `frontmatter field "${issue.path.join(".") || "(root)"}"`, issue.message)),
    );
  }
  const fm = parsed.data;
  const problems: ContentError[] = [];
  const fail = (field: string, reason: string) => problems.push(new ContentError(file, `frontmatter field "${field}"`, reason));

  if (fm.id !== fileId) fail("id", `"${fm.id}" differs from the file name "${fileId}.mdx"; the id is the file name`);
  if (fm.updated && fm.updated < fm.date) fail("updated", `${fm.updated} is before the publication date ${fm.date}`);
  if (fm.related.includes(fm.id)) fail("related", "a problem cannot be related to itself");

  if (fm.kind === "direction") {
    if (fm.direction !== undefined) fail("direction", "a direction has no parent; only questions name a direction");
    if (!fm.id.startsWith("od-")) fail("id", 'direction ids start with "od-"');
    const paper = paperDirectionIdPattern.test(fm.id);
    if (paper && fm.section !== "§5") fail("section", 'the paper\'s directions (od-1 … od-10) come from its §5: write "§5"');
    if (!paper && fm.section !== "site") fail("section", 'a direction that is not one of the paper\'s od-1 … od-10 is the site\'s own: write "site"');
  } else {
    if (fm.direction === undefined) fail("direction", "a question must name the direction it belongs to");
    if (fm.id.startsWith("od-")) fail("id", 'the "od-" prefix is kept for directions');
    if (fm.motivatedBy.length === 0) fail("motivatedBy", "a question must name at least one page that raises it");
    if (fm.references.length === 0) fail("references", "a question must list at least one reference");
  }
  if (problems.length) throw new ContentErrors(problems);
  return fm;
}
