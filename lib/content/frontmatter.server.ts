import "server-only";
import { z } from "@/lib/zod";
import { getAuthors } from "./authors.server";
import { ContentError, ContentErrors } from "./errors.server";
import { problemIdsOnDisk } from "./problem-ids.server";
import { sequenceIds } from "./sequences";

// YAML turns an unquoted 2026-11-30 into a Date; either spelling is accepted and kept as text.
export const isoDate = z.preprocess(
  (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v),
  z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date written YYYY-MM-DD"),
);

export const frontmatterSchema = z
  .object({
    title: z.string().min(1),
    summary: z.string().min(1).max(280, "must be at most 280 characters: indexes, feeds and social cards show it whole"),
    authors: z.array(z.string()).min(1),
    date: isoDate,
    updated: isoDate.optional(),
    tags: z.array(z.string().regex(/^[a-z0-9-]+$/, "tags are lowercase words joined by hyphens")).default([]),
    // Directions (od-1 … od-10, and the site's own) and questions, by their ids in content/problems/.
    problems: z
      .array(z.string().refine((id) => problemIdsOnDisk().has(id), { error: (issue) => `"${String(issue.input)}" is not a problem in content/problems/` }))
      .default([]),
    sequence: z.enum(sequenceIds).optional(),
    order: z.number().int().positive().optional(),
    changelog: z.array(z.object({ date: isoDate, note: z.string().min(1) }).strict()).default([]),
  })
  .strict();

export type Frontmatter = z.infer<typeof frontmatterSchema>;
export type ContentKind = "perspectives" | "learn";

/** Validates one file's frontmatter; throws every problem found, each naming file, field and reason. */
export function parseFrontmatter(file: string, kind: ContentKind, data: unknown): Frontmatter {
  const parsed = frontmatterSchema.safeParse(data);
  if (!parsed.success) {
    throw new ContentErrors(
      parsed.error.issues.map((issue) => new ContentError(file, `frontmatter field "${issue.path.join(".") || "(root)"}"`, issue.message)),
    );
  }
  const fm = parsed.data;
  const problems: ContentError[] = [];
  const fail = (field: string, reason: string) => problems.push(new ContentError(file, `frontmatter field "${field}"`, reason));
  const authors = getAuthors();
  fm.authors.forEach((id, i) => {
    if (!authors.has(id)) fail(`authors.${i}`, `"${id}" is not an author in content/authors.json`);
  });
  if (fm.updated && fm.updated < fm.date) fail("updated", `${fm.updated} is before the publication date ${fm.date}`);
  if (kind === "learn" && (fm.sequence === undefined) !== (fm.order === undefined)) {
    fail(fm.sequence === undefined ? "sequence" : "order", "a learn page in a sequence needs both sequence and order");
  }
  if (kind === "perspectives" && fm.sequence !== undefined) fail("sequence", "only learn pages belong to sequences");
  if (problems.length) throw new ContentErrors(problems);
  return fm;
}
