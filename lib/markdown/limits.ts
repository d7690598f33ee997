// The bounds on cooking user text. SECURITY.md measured why each exists: micromark is
// super-linear on some inputs (`*a` × 32 KiB took 5.7 s), deep nesting overflows the stack, and
// `$x$` × 64 KiB produced 6 MB of HTML.

/**
 * Longest source accepted, in UTF-16 code units: what JavaScript's `.length`, zod's `.max()` and a
 * textarea's `maxlength` count, so the form, the API's validation and the renderer agree.
 */
export const MAX_SOURCE_CHARS = 64 * 1024;

/** Longest cooked HTML kept; anything longer is replaced by the escaped source ("too-large"). */
export const MAX_HTML_CHARS = 1024 * 1024;

/** Default wall-clock budget of one render call, from the moment the worker can take it. */
export const RENDER_TIME_LIMIT_MS = 2_000;

/** How long a new worker may take to load the pipeline before waiting calls get the fallback. */
export const WORKER_STARTUP_LIMIT_MS = 20_000;

/** KaTeX: largest user-given size (\rule, \kern, \hspace…) in em, and macro expansions per formula. */
export const KATEX_MAX_SIZE_EM = 10;
export const KATEX_MAX_EXPAND = 1_000;
/**
 * Deepest nesting of groups ({…}, \left…\right, \begin…\end) typeset: KaTeX's time grows
 * steeply with depth (500 nested \frac took 200–400 ms), and real formulas stay below 20.
 */
export const KATEX_MAX_NESTING = 50;

/** Most distinct @handles the caller is asked to look up for one post. */
export const MAX_MENTION_CANDIDATES = 50;
