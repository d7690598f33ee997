// Pages that are documents (articles, indexes, the playground) opt out of the framework runtime:
// their metadata carries this marker, and after `next build` the build removes React, the App Router
// runtime and the page's React Server Components payload from their prerendered HTML
// (static-pages.server.ts). What they need in the browser comes from the islands script.
export const RUNTIME_META_NAME = "lmh-runtime";

/** Spread into a page's metadata: `export const metadata = { title: "About", ...staticDocument }`. */
export const staticDocument = { other: { [RUNTIME_META_NAME]: "none" } };
