import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "@/lib/zod";
import { ContentError } from "./errors.server";
import { contentRoot, displayPath } from "./paths.server";

const authorSchema = z
  .object({
    name: z.string().min(1),
    affiliation: z.string().min(1).nullable(),
    orcid: z
      .string()
      .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, "must be an ORCID iD like 0000-0002-1825-0097")
      .nullable(),
    url: z.string().min(1).nullable(),
    bio: z.string().min(1),
  })
  .strict();

export type Author = z.infer<typeof authorSchema> & { id: string };

const file = path.join(contentRoot, "authors.json");
let cached: Map<string, Author> | undefined;

/** content/authors.json, validated once per process. */
export function getAuthors(): Map<string, Author> {
  if (cached) return cached;
  const raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  const authors = new Map<string, Author>();
  for (const [id, value] of Object.entries(raw)) {
    const parsed = authorSchema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ContentError(displayPath(file), `"${[id, ...issue.path].join(".")}"`, issue.message);
    }
    authors.set(id, { id, ...parsed.data });
  }
  cached = authors;
  return authors;
}

export function getAuthor(id: string): Author | undefined {
  return getAuthors().get(id);
}
