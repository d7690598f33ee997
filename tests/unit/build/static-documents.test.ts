// The document build on real Next.js output: a tiny app built once with this project's `next`,
// its theme script and its strip step, served from a CDN (assetPrefix). Its documents are one
// fully static page and three that are not (rendered per request, revalidated, unknown parameters
// rendered on request); a React page outside app/(documents)/ is left alone. The same checks run
// on the site's own build in tests/e2e/static-documents.spec.ts.
import { spawn } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refusedTags, withoutFrameworkRuntime } from "@/lib/build/document-html.server";
import { StaticDocumentError, stripStaticDocuments } from "@/lib/build/static-documents.server";
import { prerenderedHtml } from "@/lib/build/next-output.server";
import { islandsLoaderScript } from "@/components/site/islands-loader";

const project = path.resolve(import.meta.dirname, "../../..");
const cdn = "https://cdn.example";
const urls = { assetPrefix: cdn };

// Turbopack compiles only files under the project root (where node_modules is), so the app is
// built in a git-ignored folder of the project rather than in the system's temporary folder.
const buildsDir = path.join(project, ".test-builds");
let app: string;

const files = (app: string): Record<string, string> => ({
  "next.config.mjs": `export default { assetPrefix: ${JSON.stringify(cdn)} };\n`,
  // Turbopack resolves relative imports only.
  "app/styles.css": "body { margin: 0; }\n",
  "app/layout.jsx": `import "./styles.css";
import { ThemeScript } from ${JSON.stringify(path.relative(path.join(app, "app"), path.join(project, "components/site/theme-script")))};
export default function Layout({ children }) {
  return (
    <html lang="en">
      <head>
        <ThemeScript />
        <script type="module" src="${cdn}/islands/site-TEST.js" />
      </head>
      <body>{children}</body>
    </html>
  );
}
`,
  "app/(documents)/doc/page.jsx": `export const metadata = { title: "A document" };
export default function Page() {
  return <article><h1>A document</h1><p>Text with <code>{"</script>"}</code> in it.</p><details><summary>More</summary><p>Inside.</p></details></article>;
}
`,
  "app/(documents)/dyn/page.jsx": `import { connection } from "next/server";
export default async function Page() {
  await connection(); // per-request data, as a page reading the database for each visitor would do
  return <p>Rendered per request</p>;
}
`,
  "app/(documents)/isr/page.jsx": `export const revalidate = 60;
export default function Page() {
  return <p>Revalidated</p>;
}
`,
  "app/(documents)/topics/[slug]/page.jsx": `export function generateStaticParams() {
  return [{ slug: "one" }];
}
export default async function Page({ params }) {
  return <p>{(await params).slug}</p>;
}
`,
  "app/form/page.jsx": `"use client";
export default function Page() {
  return <button onClick={() => alert("hi")}>A React page</button>;
}
`,
});

function nextBuild(cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(project, "node_modules/next/dist/bin/next"), "build"], {
      cwd,
      env: { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
    });
    let log = "";
    child.stdout.on("data", (d) => (log += d));
    child.stderr.on("data", (d) => (log += d));
    child.on("exit", (code) => (code === 0 ? resolve(log) : reject(new Error(`next build failed (${code}):\n${log}`))));
  });
}

beforeAll(async () => {
  await mkdir(buildsDir, { recursive: true });
  app = await mkdtemp(path.join(buildsDir, "documents-"));
  for (const [file, text] of Object.entries(files(app))) {
    await mkdir(path.dirname(path.join(app, file)), { recursive: true });
    await writeFile(path.join(app, file), text);
  }
  await nextBuild(app);
}, 600_000);
afterAll(() => rm(app, { recursive: true, force: true }));

const html = (pathname: string) => readFile(prerenderedHtml(app, pathname), "utf8");

describe("static documents on real Next.js output", () => {
  it("the build fails naming every document route that is not fully static and every refused tag, and rewrites nothing", async () => {
    const file = prerenderedHtml(app, "/doc");
    const original = await readFile(file, "utf8");
    const extra = `<script src="${cdn}/analytics.js"></script>`;
    await writeFile(file, original.replace("</body>", `${extra}</body>`));
    try {
      const error = await stripStaticDocuments(app).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(StaticDocumentError);
      const lines = (error as Error).message.split("\n").map((l) => l.trim());
      expect(lines).toContain("- /dyn: rendered per request (dynamic)");
      expect(lines).toContain("- /isr: revalidated every 60 s (ISR)");
      expect(lines).toContain("- /topics/[slug]: renders parameters it did not prerender when they are requested (export const dynamicParams = false)");
      expect(lines).toContain(`- /doc: a script that is not an islands bundle: ${extra}`);
      expect(lines.filter((l) => l.startsWith("- "))).toHaveLength(4); // the React page /form is not a document
      expect(await readFile(file, "utf8")).toContain(`${cdn}/_next/static/chunks/`);
    } finally {
      await writeFile(file, original);
    }
  });

  it("Next's own not-found and global-error pages are stripped like documents: served from the build, they could carry no nonce", async () => {
    for (const pathname of ["/_not-found", "/_global-error"]) {
      const out = withoutFrameworkRuntime(await html(pathname), urls);
      expect(refusedTags(out, urls), pathname).toEqual([]);
      expect(out, pathname).not.toMatch(/<script[^>]*_next/);
    }
  });

  it("strips the framework's scripts, preloads, bootstrap and payload from the CDN, and keeps content, styles and islands", async () => {
    const page = await html("/doc");
    expect(page).toMatch(new RegExp(`<script src="${cdn}/_next/static/chunks/[^"]+\\.js" async=""></script>`));
    expect(page).toContain("self.__next_f");

    const out = withoutFrameworkRuntime(page, urls);
    expect(refusedTags(out, urls)).toEqual([]);
    expect(out).not.toContain("/_next/static/chunks/turbopack");
    expect(out).not.toMatch(/<script[^>]*_next/);
    expect(out).not.toMatch(/<link[^>]*as="script"/);
    expect(out).not.toContain("__next_f");
    expect(out).toMatch(new RegExp(`<link rel="stylesheet" href="${cdn}/_next/static/chunks/[^"]+\\.css"`));
    expect(out).toContain(`<script type="module" src="${cdn}/islands/site-TEST.js"></script>`);
    expect(out).toContain("<title>A document</title>");
    expect(out).toContain("<code>&lt;/script&gt;</code>");
    expect(out.endsWith("</body></html>")).toBe(true);
  });

  it("what the strip does not recognise stays and is refused: the same page stripped as if it had no asset prefix", async () => {
    const refused = refusedTags(withoutFrameworkRuntime(await html("/doc"), { assetPrefix: "" }), { assetPrefix: "" });
    expect(refused.some((r) => r.startsWith(`a script that is not an islands bundle: <script src="${cdn}/_next/`))).toBe(true);
    expect(refused.some((r) => r.startsWith("a preload of a script that is not an islands bundle"))).toBe(true);
  });

  it("refuses any other script, script preload, event handler or javascript: URL injected into the real page; admits JSON-LD", async () => {
    const stripped = withoutFrameworkRuntime(await html("/doc"), urls);
    const inject = (tag: string) => refusedTags(stripped.replace("<h1>", `${tag}<h1>`), urls);
    for (const [tag, why] of [
      [`<script src="${cdn}/_next/static/chunks/extra.js" async=""></script>`, "a script that is not an islands bundle"],
      [`<script src="/elsewhere/site.js"></script>`, "a script that is not an islands bundle"],
      [`<script>alert(1)</script>`, "an inline script other than the theme script and the islands loader"],
      [`<script type="importmap">{"imports":{}}</script>`, "an inline script other than the theme script and the islands loader"],
      [`<script>${islandsLoaderScript("/elsewhere/site.js")}</script>`, "an islands loader for a script that is not an islands bundle"],
      [`<link rel="modulepreload" href="${cdn}/_next/static/chunks/a.js"/>`, "a preload of a script that is not an islands bundle"],
      [`<link rel="preload" as="script" href="/b.js"/>`, "a preload of a script that is not an islands bundle"],
      [`<img src="/x.png" alt="" onerror="alert(1)"/>`, "an inline event handler (onerror)"],
      [`<a href="javascript:alert(1)">`, "a javascript: URL"],
      // Browsers drop tabs and line breaks inside URLs; the quick pre-test must not skip these.
      [`<a href="java\tscript:alert(1)">`, "a javascript: URL"],
      [`<a class="x" href=" JAVA\nSCRIPT:alert(1)">`, "a javascript: URL"],
      [`<a xlink:href="javascript:alert(1)">`, "a javascript: URL"],
      [`<div/onclick="alert(1)">`, "an inline event handler (onclick)"],
      [`<div class="a"ONMOUSEOVER="alert(1)">`, "an inline event handler (onmouseover)"],
    ]) {
      expect(inject(tag), tag).toEqual([`${why}: ${tag}`]);
    }
    expect(inject(`<script type="application/ld+json">{"@type":"ScholarlyArticle"}</script>`)).toEqual([]);
    expect(inject(`<script type="module" src="/islands/chunks/extra-X.js"></script>`)).toEqual([]);
    expect(inject(`<script>${islandsLoaderScript(`${cdn}/islands/site-TEST.js`)}</script>`)).toEqual([]);
  });
});
