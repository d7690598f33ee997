// What a render returns, and the fallback every failure path returns, so callers can store any
// result as it is.

/**
 * Bump whenever the HTML or text for some source changes (a pipeline step, the schema, KaTeX's
 * options or macros, the fallback). Callers re-cook stored posts whose version is older.
 */
export const RENDERER_VERSION = 2;

/**
 * "ok": cooked normally. "timed-out": the worker ran out of time or crashed; `html` is the escaped
 * source, so store it and re-cook later. "too-large": the source or its HTML exceeds the caps;
 * re-cooking will not help (callers should reject such input before saving).
 */
export type RenderStatus = "ok" | "timed-out" | "too-large";

export interface RenderedMarkdown {
  /** Sanitized HTML, safe to insert into a page, a feed or an e-mail as it is. */
  html: string;
  /**
   * The words of the post (math as its words, e.g. `\lambda_{max}` → "lambda max"), for search,
   * snippets and plain-text e-mails. Plain, NOT escaped: it may contain "<script>" as words. Escape
   * it wherever it goes into HTML (e.g. ts_headline snippets: escape, then mark the hits).
   */
  text: string;
  /** Handles linked as @mentions, each once, in order of first appearance. */
  mentions: string[];
  version: number;
  status: RenderStatus;
}

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => escapes[c]);
}

/** The source shown as escaped text in one paragraph: what is stored when cooking fails. */
export function fallbackResult(source: string, status: Exclude<RenderStatus, "ok">): RenderedMarkdown {
  return { html: `<p>${escapeHtml(source)}</p>`, text: source, mentions: [], version: RENDERER_VERSION, status };
}
