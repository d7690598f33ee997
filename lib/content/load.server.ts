import "server-only";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { compileMdx, type CompiledMdx } from "./compile.server";
import { parseFrontmatter, type ContentKind, type Frontmatter } from "./frontmatter.server";
import { contentRoot, displayPath } from "./paths.server";
import { readingMinutes } from "./reading-time.server";

export type { ContentKind } from "./frontmatter.server";

export interface PageMeta extends Frontmatter {
  kind: ContentKind;
  slug: string;
  /** Site path, e.g. /learn/deep-linear-networks. */
  href: string;
  /** Project-relative file path, for messages and "edit this page". */
  file: string;
  readingMinutes: number;
}

export interface Page extends PageMeta {
  compiled: CompiledMdx;
}

export const contentKinds: ContentKind[] = ["perspectives", "learn"];

interface CacheEntry {
  mtimeMs: number;
  meta: PageMeta;
  source: string;
  compiled?: Promise<CompiledMdx>;
}

// One entry per file for the life of the process; a changed mtime (editing in dev) replaces it.
const cache = new Map<string, CacheEntry>();

function entryFor(kind: ContentKind, fileName: string): CacheEntry {
  const absolute = path.join(contentRoot, kind, fileName);
  const { mtimeMs } = statSync(absolute);
  const hit = cache.get(absolute);
  if (hit && hit.mtimeMs === mtimeMs) return hit;
  const source = readFileSync(absolute, "utf8");
  const file = displayPath(absolute);
  const { data, content } = matter(source);
  const slug = fileName.replace(/\.mdx$/, "");
  const meta: PageMeta = {
    ...parseFrontmatter(file, kind, data),
    kind,
    slug,
    href: `/${kind}/${slug}`,
    file,
    readingMinutes: readingMinutes(content),
  };
  const entry: CacheEntry = { mtimeMs, meta, source };
  cache.set(absolute, entry);
  return entry;
}

function fileNames(kind: ContentKind): string[] {
  return readdirSync(path.join(contentRoot, kind)).filter((f) => f.endsWith(".mdx")).sort();
}

function byDateThenTitle(a: PageMeta, b: PageMeta): number {
  return b.date.localeCompare(a.date) || a.title.localeCompare(b.title);
}

/** Every page of a kind (or all kinds), newest first. Validates frontmatter; never compiles. */
export function listPages(kind?: ContentKind): PageMeta[] {
  const kinds = kind ? [kind] : contentKinds;
  return kinds.flatMap((k) => fileNames(k).map((f) => entryFor(k, f).meta)).sort(byDateThenTitle);
}

export function getPageMeta(kind: ContentKind, slug: string): PageMeta | undefined {
  if (!fileNames(kind).includes(`${slug}.mdx`)) return undefined;
  return entryFor(kind, `${slug}.mdx`).meta;
}

/** A page with its compiled body; compiled once per process (per file version). */
export async function getPage(kind: ContentKind, slug: string): Promise<Page | undefined> {
  const meta = getPageMeta(kind, slug);
  if (!meta) return undefined;
  const entry = entryFor(kind, `${slug}.mdx`);
  entry.compiled ??= compileMdx(meta.file, entry.source);
  try {
    return { ...meta, compiled: await entry.compiled };
  } catch (error) {
    entry.compiled = undefined; // a failed compile is retried on the next request, not cached
    throw error;
  }
}

/**
 * Compiles every page of a kind and returns their metadata. generateStaticParams calls this, so a
 * broken file fails `next build` even while the root layout keeps pages rendering per request.
 */
export async function compileAll(kind: ContentKind): Promise<PageMeta[]> {
  const pages = listPages(kind);
  for (const p of pages) await getPage(kind, p.slug); // one at a time: esbuild and KaTeX are CPU-bound
  return pages;
}
