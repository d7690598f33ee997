import "server-only";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { ContentError, ContentErrors } from "./errors.server";
import { splitProblemBody, type ProblemSection } from "./problem-body.server";
import { parseProblemFrontmatter, type ProblemFrontmatter } from "./problem-frontmatter.server";
import { problemsRoot } from "./problem-ids.server";
import { displayPath } from "./paths.server";

/** One problem file, checked on its own: valid frontmatter and the fixed body sections. */
export interface ProblemFile {
  frontmatter: ProblemFrontmatter;
  sections: ProblemSection[];
  /** Project-relative path, for messages and "edit this problem". */
  file: string;
  /** The whole file (frontmatter included), as the MDX compiler takes it. */
  source: string;
}

const cache = new Map<string, { mtimeMs: number; entry: ProblemFile }>();

/** Reads and checks one file; throws ContentErrors naming file, field (or line) and reason. */
export function readProblemFile(absolute: string): ProblemFile {
  const { mtimeMs } = statSync(absolute);
  const hit = cache.get(absolute);
  if (hit && hit.mtimeMs === mtimeMs) return hit.entry;
  const source = readFileSync(absolute, "utf8");
  const file = displayPath(absolute);
  const fileId = path.basename(absolute, ".mdx");
  const { data, content } = matter(source);
  const errors: ContentError[] = [];
  let frontmatter: ProblemFrontmatter | undefined;
  try {
    frontmatter = parseProblemFrontmatter(file, fileId, data);
  } catch (error) {
    if (!(error instanceof ContentErrors)) throw error;
    errors.push(...error.problems);
  }
  // The body starts after the closing "---" of the frontmatter.
  const firstLine = source.slice(0, source.length - content.length).split("\n").length;
  // With broken frontmatter the body is still checked, as the kind the file claims to be.
  const kind = frontmatter?.kind ?? ((data as { kind?: unknown }).kind === "direction" ? "direction" : "question");
  const body = splitProblemBody(file, kind, content, firstLine);
  errors.push(...body.errors);
  if (errors.length || !frontmatter) throw new ContentErrors(errors);
  const entry: ProblemFile = { frontmatter, sections: body.sections, file, source };
  cache.set(absolute, { mtimeMs, entry });
  return entry;
}

/**
 * Every problem file in a folder, each checked on its own, in file-name order. Problems in several
 * files are all reported together, so a writer can fix them in one pass.
 */
export function readProblemFiles(dir: string = problemsRoot): ProblemFile[] {
  const names = readdirSync(dir)
    .filter((f) => f.endsWith(".mdx"))
    .sort();
  const files: ProblemFile[] = [];
  const errors: ContentError[] = [];
  for (const name of names) {
    try {
      files.push(readProblemFile(path.join(dir, name)));
    } catch (error) {
      if (!(error instanceof ContentErrors)) throw error;
      errors.push(...error.problems);
    }
  }
  if (errors.length) throw new ContentErrors(errors);
  return files;
}
