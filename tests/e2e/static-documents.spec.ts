// The document build on the site's own build output (the one the e2e server runs from): every
// document route is fully static, every document as built and as served carries only allowed
// scripts, and the build step fails, naming page and tag, on a copy of a real page with a script
// injected. The same step on a tiny app's output, including the failures: tests/unit/build/static-documents.test.ts.
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { refusedTags } from "../../lib/build/document-html.server";
import { documentPages } from "../../lib/build/document-routes.server";
import { prerenderedHtml, readNextOutput } from "../../lib/build/next-output.server";
import { StaticDocumentError, stripStaticDocuments } from "../../lib/build/static-documents.server";

const root = process.cwd();
// Next's own pages answer with their own status (lib/build/document-routes.server.ts, FRAMEWORK_DOCUMENTS).
const servedStatus: Record<string, number> = { "/_not-found": 404, "/_global-error": 500 };
const manifests = ["prerender-manifest.json", "app-path-routes-manifest.json", "required-server-files.json"];

test("every document route was prerendered once, and its HTML, as built and as served, has only allowed scripts", async ({ request }) => {
  const output = await readNextOutput(root);
  const { pathnames, problems } = documentPages(output);
  expect(problems).toEqual([]);
  for (const p of ["/", "/about", "/perspectives", "/perspectives/what-is-learning-mechanics", "/learn", "/learn/deep-linear-networks", "/learn/playground", "/authors/editors"]) {
    expect(pathnames).toContain(p);
  }
  for (const reactPage of ["/signin", "/signup", "/results/new", "/account"]) expect(pathnames).not.toContain(reactPage);
  expect(pathnames).toEqual(expect.arrayContaining(Object.keys(servedStatus)));

  for (const pathname of pathnames) {
    expect(refusedTags(await readFile(prerenderedHtml(root, pathname), "utf8"), output), pathname).toEqual([]);
    const served = await request.get(pathname);
    expect(served.status(), pathname).toBe(servedStatus[pathname] ?? 200);
    expect(refusedTags(await served.text(), output), `${pathname} as served`).toEqual([]);
  }
});

test("the build step accepts a copy of the real output, and fails naming the page and the tag when a script is injected", async () => {
  const copy = await mkdtemp(path.join(tmpdir(), "lmh-documents-"));
  try {
    await mkdir(path.join(copy, ".next"));
    for (const file of manifests) await cp(path.join(root, ".next", file), path.join(copy, ".next", file));
    const { pathnames } = documentPages(await readNextOutput(root));
    for (const pathname of pathnames) await cp(prerenderedHtml(root, pathname), prerenderedHtml(copy, pathname));

    expect(await stripStaticDocuments(copy)).toEqual(pathnames);

    const page = "/learn/deep-linear-networks";
    const injected = `<script src="https://cdn.example/analytics.js" async=""></script>`;
    const file = prerenderedHtml(copy, page);
    await writeFile(file, (await readFile(file, "utf8")).replace("</head>", `${injected}</head>`));
    const error = await stripStaticDocuments(copy).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(StaticDocumentError);
    expect((error as Error).message).toContain(`- ${page}: a script that is not an islands bundle: ${injected}`);
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
});
