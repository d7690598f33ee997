// After `next build`: every static document (app/(documents)/, documents.ts) must have been
// prerendered once, and its HTML loses the framework's scripts, keeping only what the allow-list
// admits (document-html.server.ts). Anything else fails the build with one line per page and tag;
// nothing is rewritten unless every document passes. Client-side navigations into a document still
// work: they fetch its untouched .rsc payload.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { refusedTags, withoutFrameworkRuntime } from "./document-html.server";
import { documentPages } from "./document-routes.server";
import { prerenderedHtml, readNextOutput } from "./next-output.server";

export class StaticDocumentError extends Error {
  constructor(problems: string[]) {
    super(
      [
        `The static documents (app/(documents)/) cannot ship as they are:`,
        ...problems.map((p) => `  - ${p}`),
        `A document is prerendered once and carries only the theme script and /islands/ scripts. A page that must render`,
        `per request or hydrate leaves the set by moving out of app/(documents)/ (docs/ARCHITECTURE.md, "Documents and islands").`,
      ].join("\n"),
    );
    this.name = "StaticDocumentError";
  }
}

/** Strips every document of a finished build, or throws StaticDocumentError; returns their pathnames. */
export async function stripStaticDocuments(root: string): Promise<string[]> {
  const output = await readNextOutput(root);
  const { pathnames, problems } = documentPages(output);
  const stripped = new Map<string, string>();
  for (const pathname of pathnames) {
    const file = prerenderedHtml(root, pathname);
    const html = await readFile(file, "utf8").catch(() => undefined);
    if (html === undefined) {
      problems.push(`${pathname}: prerendered, but ${path.relative(root, file)} is missing`);
      continue;
    }
    const out = withoutFrameworkRuntime(html, output);
    problems.push(...refusedTags(out, output).map((refused) => `${pathname}: ${refused}`));
    stripped.set(file, out);
  }
  if (problems.length > 0) throw new StaticDocumentError(problems);
  for (const [file, html] of stripped) await writeFile(file, html);
  return pathnames;
}
