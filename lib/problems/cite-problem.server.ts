import "server-only";
// "Cite this problem": a stable URL and a BibTeX entry (@online), like the pages' own.
import { absoluteUrl } from "@/lib/content/site-url.server";
import { site } from "@/lib/site";

export function citeProblem(problem: { id: string; title: string; createdAt: Date }) {
  const url = absoluteUrl(`/problems/${problem.id}`);
  const year = problem.createdAt.getUTCFullYear();
  const key = `lmhproblem${problem.id.replace(/[^a-z0-9]/g, "").slice(0, 32)}`;
  const bibtex = [
    `@online{${key},`,
    `  title   = {{${problem.title}}},`,
    `  year    = {${year}},`,
    `  url     = {${url}},`,
    `  organization = {${site.name}},`,
    `  note    = {Open problem ${problem.id}},`,
    `}`,
  ].join("\n");
  return { url, bibtex, plain: `“${problem.title}.” Open problem ${problem.id}, ${site.name} (${year}). ${url}` };
}
