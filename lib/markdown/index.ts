/**
 * lib/markdown — the one renderer for everything users write (forum posts, problem proposals,
 * result descriptions) and for every place it is shown (pages, feeds, e-mails, search snippets).
 * Cook once on save, store `html`/`text`/`version` beside the source, re-cook when `version` is
 * older than RENDERER_VERSION or `status` is "timed-out".
 *
 *   const handles = await existingHandles(mentionCandidates(source));   // the caller's lookup
 *   const { html, text, mentions, version, status } = await renderUserMarkdown(source, { knownHandles: handles });
 *
 * Markdown: CommonMark + GFM (tables, task lists, strikethrough, autolinks, footnotes), `$…$` and
 * `$$…$$` math typeset by KaTeX with the site's macros, fenced code highlighted for a fixed set of
 * languages, @handle mentions of known members. Raw HTML is shown as text; images become links
 * ("Image: alt"); links keep http(s), mailto and relative URLs only and get rel="nofollow ugc noopener".
 * Sources over MAX_SOURCE_CHARS are refused ("too-large"): validate with that constant first.
 *
 * Importable anywhere on the server (route handlers, job workers, tsx scripts, tests): no
 * `server-only`. It runs the pipeline in a worker thread started from
 * `<cwd>/lib/markdown/worker.mjs`. See docs/ARCHITECTURE.md, "User text".
 */
import { MarkdownRenderer, type RenderOptions } from "./render";
import type { RenderedMarkdown } from "./result";

export { MAX_MENTION_CANDIDATES, MAX_SOURCE_CHARS, RENDER_TIME_LIMIT_MS } from "./limits";
export { mentionCandidates } from "./mentions";
export { MarkdownRenderer, type MarkdownRendererOptions, type RenderOptions } from "./render";
export { RENDERER_VERSION, type RenderedMarkdown, type RenderStatus } from "./result";

// One renderer per process, even when Next bundles this module into several route chunks or
// reloads it in development (as lib/db/client.server.ts does for Prisma).
const cache = globalThis as unknown as { lmhMarkdownRenderer?: MarkdownRenderer };

/** Renders with the process's shared renderer (one warm worker, RENDER_TIME_LIMIT_MS per call). */
export function renderUserMarkdown(source: string, options?: RenderOptions): Promise<RenderedMarkdown> {
  cache.lmhMarkdownRenderer ??= new MarkdownRenderer();
  return cache.lmhMarkdownRenderer.render(source, options);
}
