// Live documents as signed-out readers get them (lib/build/live-documents.ts), kept for a few
// seconds: a popular thread is rendered once, not once per reader. Any successful write through
// the route wrapper in this process empties the cache at once, so a member's post, edit, reaction
// or moderation is on the next signed-out read; the time limit only bounds how long a write made
// by another process (a second site process on the same PostgreSQL, a script) can go unseen.
// The store lives on globalThis because the launcher and Next's server bundle load this module
// separately, and both must reach the same store.
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

export type Encoding = "br" | "gzip";

export interface CachedDocument {
  /** The stripped page, uncompressed. */
  body: Buffer;
  /** The renderer's headers (content type, caching, Vary, Link), not the per-request security ones. */
  headers: [string, string | number | string[]][];
  storedAt: number;
  /** Compressed forms, made on first request for each. */
  encoded: Partial<Record<Encoding, Buffer>>;
}

interface Store {
  seconds: number;
  maxBytes: number;
  bytes: number;
  pages: Map<string, CachedDocument>;
}

const key = Symbol.for("lmh.liveDocumentCache");
type Holder = { [key]?: Store };
const store = () => (globalThis as Holder)[key];

/** Turns the cache on (the launcher, once): `seconds` 0 keeps it off. */
export function startLiveDocumentCache(seconds: number, maxBytes = 64 * 1024 * 1024): void {
  (globalThis as Holder)[key] = seconds > 0 ? { seconds, maxBytes, bytes: 0, pages: new Map() } : undefined;
}

export function cachedLiveDocument(url: string, now = Date.now()): CachedDocument | undefined {
  const s = store();
  const page = s?.pages.get(url);
  if (!s || !page) return undefined;
  if (now - page.storedAt < s.seconds * 1000) return page;
  drop(s, url, page);
  return undefined;
}

export function storeLiveDocument(url: string, body: Buffer, headers: CachedDocument["headers"], now = Date.now()): CachedDocument {
  const page: CachedDocument = { body, headers, storedAt: now, encoded: {} };
  const s = store();
  if (!s || body.length > s.maxBytes / 4) return page;
  const old = s.pages.get(url);
  if (old) drop(s, url, old);
  // Oldest first out: a Map iterates in insertion order.
  for (const [oldest, p] of s.pages) {
    if (s.bytes + body.length <= s.maxBytes) break;
    drop(s, oldest, p);
  }
  s.pages.set(url, page);
  s.bytes += body.length;
  return page;
}

/** After a write: every live document may show it. */
export function forgetLiveDocuments(): void {
  const s = store();
  if (!s) return;
  s.pages.clear();
  s.bytes = 0;
}

function drop(s: Store, url: string, page: CachedDocument) {
  s.pages.delete(url);
  s.bytes -= page.body.length;
}

/** The encoding to send for an Accept-Encoding header: brotli, else gzip, else none. */
export function chooseEncoding(acceptEncoding: string | string[] | undefined): Encoding | null {
  const accepted = new Map(
    String(acceptEncoding ?? "")
      .split(",")
      .map((part) => {
        const [name, ...params] = part.trim().toLowerCase().split(";");
        const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
        return [name!, q ? Number(q.slice(2)) : 1] as const;
      }),
  );
  const ok = (name: Encoding) => (accepted.get(name) ?? accepted.get("*") ?? 0) > 0;
  return ok("br") ? "br" : ok("gzip") ? "gzip" : null;
}

/** The page's body in `encoding`, compressed once and kept with it. */
export function encodedBody(page: CachedDocument, encoding: Encoding | null): Buffer {
  if (!encoding) return page.body;
  // Brotli quality 5: a thread page of 380 KiB in about a millisecond, within 15 % of the smallest.
  page.encoded[encoding] ??= encoding === "br" ? brotliCompressSync(page.body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }) : gzipSync(page.body, { level: 6 });
  return page.encoded[encoding]!;
}
