import "server-only";
import { ContentError } from "./errors.server";
import { readProblemFiles } from "./problem-files.server";
import { paperDirectionIdPattern } from "./problem-frontmatter.server";

// The open directions of the tracker: the ten of the learning-mechanics position paper
// (arXiv 2604.21691, §5), ids od-1 … od-10 with the paper's exact titles, and the site's own.
// Their single source is content/problems/<id>.mdx; this module only reads ids and titles from
// there (server-side: it reads files). tests/unit/problems checks the ten titles word for word.

export type OpenDirectionId = string;

export interface OpenDirection {
  id: OpenDirectionId;
  title: string;
  origin: "paper" | "site";
  /** 1 … 10 for the paper's directions. */
  number?: number;
}

/** Any problem as a page's end matter names it: id, kind and title. */
export interface ProblemRef {
  id: string;
  kind: "direction" | "question";
  title: string;
}

function order(a: OpenDirection, b: OpenDirection): number {
  if (a.origin !== b.origin) return a.origin === "paper" ? -1 : 1;
  return (a.number ?? 0) - (b.number ?? 0) || a.id.localeCompare(b.id);
}

/** Every direction: the paper's by number, then the site's own. */
export function listOpenDirections(): OpenDirection[] {
  return readProblemFiles()
    .filter((f) => f.frontmatter.kind === "direction")
    .map(({ frontmatter: { id, title } }) => {
      const n = id.match(paperDirectionIdPattern)?.[1];
      return n ? { id, title, origin: "paper" as const, number: Number(n) } : { id, title, origin: "site" as const };
    })
    .sort(order);
}

/** The paper's ten directions, od-1 … od-10. */
export function listPaperDirections(): OpenDirection[] {
  return listOpenDirections().filter((d) => d.origin === "paper");
}

/** Id, kind and title of any problem (direction or question). An unknown id is a content error. */
export function getProblemRef(id: string): ProblemRef {
  const f = readProblemFiles().find((p) => p.frontmatter.id === id);
  if (!f) throw new ContentError("content/problems", `problem "${id}"`, "does not exist");
  return { id, kind: f.frontmatter.kind, title: f.frontmatter.title };
}

/**
 * Kept for existing callers (a page's "Related open problems" end matter). Since pages list
 * questions as well as directions in `problems`, it resolves any problem id; new code should use
 * getProblemRef, or problemsRaisedBy from problems.server.ts for the full records.
 */
export const getOpenDirection = getProblemRef;
