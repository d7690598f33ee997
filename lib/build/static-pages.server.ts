// After `next build`: prerendered pages marked as static documents (static-document.ts) lose the
// framework's scripts: the runtime chunks, their preloads, the bootstrap and the inline React Server
// Components payload used only for hydration. Their HTML is complete without them. Client-side
// navigations into such a page still work: they fetch the untouched .rsc payload.
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { RUNTIME_META_NAME } from "./static-document";

const marker = new RegExp(`<meta name="${RUNTIME_META_NAME}" content="none"/?>`);

const frameworkTags: RegExp[] = [
  /<script\b[^>]*\ssrc="\/_next\/[^"]*"[^>]*><\/script>/g, // runtime, framework and page chunks (and the nomodule polyfills)
  /<link\b[^>]*\brel="preload"[^>]*\bas="script"[^>]*\/?>/g, // their preloads
  /<script id="_R_">[\s\S]*?<\/script>/g, // the bundler's bootstrap
  /<script>\(?self\.__next_f[\s\S]*?<\/script>/g, // the RSC payload (React escapes "</script" inside it)
];

export class StaticPageError extends Error {}

/** The page without the framework's scripts. Throws if it finds none: Next.js changed its output and this needs a look. */
export function withoutFrameworkRuntime(html: string, file = "page"): string {
  let removed = 0;
  let out = html;
  for (const tag of frameworkTags) {
    out = out.replace(tag, () => {
      removed++;
      return "";
    });
  }
  if (removed === 0 || /<script\b[^>]*src="\/_next\//.test(out) || out.includes("self.__next_f")) {
    throw new StaticPageError(`${file}: could not remove the framework runtime from this static document; the build output format has changed.`);
  }
  return out;
}

export const isStaticDocument = (html: string) => marker.test(html);

async function* htmlFiles(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* htmlFiles(file);
    else if (entry.name.endsWith(".html")) yield file;
  }
}

/** Rewrites every prerendered static document of a finished build; returns their routes. */
export async function stripStaticDocuments(root: string): Promise<string[]> {
  const appDir = path.join(root, ".next", "server", "app");
  const routes: string[] = [];
  for await (const file of htmlFiles(appDir)) {
    const html = await readFile(file, "utf8");
    if (!isStaticDocument(html)) continue;
    await writeFile(file, withoutFrameworkRuntime(html, path.relative(root, file)));
    routes.push(`/${path.relative(appDir, file).replace(/\.html$/, "").split(path.sep).join("/")}`.replace(/\/index$/, "/"));
  }
  return routes.sort();
}
