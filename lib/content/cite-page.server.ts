import "server-only";
import { getAuthor } from "./authors.server";
import type { PageMeta } from "./load.server";
import { absoluteUrl } from "./site-url.server";
import { site } from "@/lib/site";

export interface PageCitation {
  bibtex: string;
  plain: string;
}

function authorNames(page: PageMeta): string[] {
  return page.authors.map((id) => getAuthor(id)?.name ?? id);
}

/** "Cite this page": BibTeX (@online, biblatex style) and one line of plain text. */
export function citePage(page: PageMeta): PageCitation {
  const url = absoluteUrl(page.href);
  const year = page.date.slice(0, 4);
  const key = `lmh${year}${page.slug.replace(/[^a-z0-9]/g, "").slice(0, 24)}`;
  const names = authorNames(page);
  // BibTeX treats braces specially, so a name with a comma or "The" stays one unit in double braces.
  const bibtex = [
    `@online{${key},`,
    `  author  = {${names.map((n) => `{${n}}`).join(" and ")}},`,
    `  title   = {${page.title}},`,
    `  year    = {${year}},`,
    `  date    = {${page.date}},`,
    `  url     = {${url}},`,
    `  organization = {${site.name}},`,
    ...(page.updated ? [`  note    = {Updated ${page.updated}},`] : []),
    `}`,
  ].join("\n");
  const plain = `${names.join(", ")} (${year}). “${page.title}.” ${site.name}. ${url}`;
  return { bibtex, plain };
}
