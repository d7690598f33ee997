// Live documents: pages that read the database on every request (so they cannot be prerendered
// documents) yet carry no sign-in feature a signed-out reader could use. For a signed-out reader
// the launcher strips Next's runtime from their HTML as it leaves, exactly as the build strips
// static documents (same removal, same allow-list); a signed-in member gets the full React page,
// whose forms (watch, propose, reply, react) hydrate. Live documents: the open-problems index and
// problem pages, the forum's lists and threads, the results index and result pages
// (docs/ARCHITECTURE.md, "Open problems tracker").
import type { IncomingMessage, ServerResponse } from "node:http";
import { refusedTags, withoutFrameworkRuntime, type AssetUrls } from "./document-html.server";
import { needsRuntimeTag } from "./needs-runtime";
import { encodedBody, storeLiveDocument, type CachedDocument, type Encoding } from "./live-document-cache";

const liveDocumentPaths = [
  /^\/problems(?:\/(?!propose(?:$|[/?]))[a-z0-9]+(?:-[a-z0-9]+)*)?\/?(?:\?.*)?$/,
  // A signed-out reader of a thread sees its posts and reactions (buttons disabled) and a sign-in link.
  /^\/forum(?:\/(?:c|tag)\/[a-z0-9-]+|\/t\/[a-z0-9]+\/[a-z0-9-]+)?\/?(?:\?.*)?$/,
  // The results index (a GET filter form) and a result's page, unless its check is running (./needs-runtime).
  /^\/results(?:\/(?!new(?:$|[/?]))[a-z0-9]+)?\/?(?:\?.*)?$/,
];

const sessionCookie = /(?:^|;\s*)(?:__Secure-)?next-auth\.session-token=/;

/** A signed-out GET of a live document's HTML (not the RSC payload of a client-side navigation). */
export function servesLiveDocument(req: Pick<IncomingMessage, "method" | "url" | "headers">): boolean {
  if (req.method !== "GET" || !liveDocumentPaths.some((p) => p.test(req.url ?? ""))) return false;
  if (req.headers.rsc !== undefined || (req.url ?? "").includes("_rsc=")) return false;
  return !sessionCookie.test(req.headers.cookie ?? "");
}

type Head = [status: number, ...rest: unknown[]];

/**
 * Buffers the response and, if it is a 200 HTML page, sends it without the framework runtime,
 * compressed in `encoding`, and keeps it in the live-document cache (unless it sets a cookie). If
 * what is left would not pass the static documents' allow-list, the page goes out unchanged (it
 * still works, with its runtime) and `onRefused` is told why. Ask the renderer for an uncompressed
 * body (drop the request's Accept-Encoding) before calling this.
 */
export function stripRuntimeOnTheWay(res: ServerResponse, urls: AssetUrls, page: { url: string; encoding: Encoding | null }, onRefused: (reasons: string[]) => void): void {
  const chunks: Buffer[] = [];
  const { write, end, writeHead } = res;
  let head: Head | null = null;
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk) ? chunk : chunk instanceof Uint8Array ? Buffer.from(chunk) : Buffer.from(String(chunk), typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8");

  res.writeHead = ((...args: Head) => {
    head = args;
    return res;
  }) as typeof res.writeHead;
  res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
    chunks.push(toBuffer(chunk, encoding));
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done as () => void);
    return true;
  }) as typeof res.write;
  res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
    if (chunk !== undefined && chunk !== null && typeof chunk !== "function") chunks.push(toBuffer(chunk, encoding));
    res.write = write;
    res.end = end;
    res.writeHead = writeHead;
    if (head) applyHead(res, head);
    const done = [chunk, encoding, callback].find((c) => typeof c === "function") as (() => void) | undefined;
    const send = (body: Buffer) => (end as (this: ServerResponse, chunk: Buffer, callback?: () => void) => ServerResponse).call(res, body, done);
    const body = Buffer.concat(chunks);
    const type = String(res.getHeader("content-type") ?? "");
    if (res.statusCode === 200 && type.startsWith("text/html") && !res.getHeader("content-encoding") && !body.includes(needsRuntimeTag)) {
      const stripped = withoutFrameworkRuntime(body.toString("utf8"), urls);
      const refused = refusedTags(stripped, urls);
      if (refused.length === 0) {
        res.removeHeader("etag");
        const headers = rendererHeaders(res);
        const text = Buffer.from(stripped, "utf8");
        const document = res.getHeader("set-cookie") === undefined ? storeLiveDocument(page.url, text, headers) : { body: text, headers, storedAt: Date.now(), encoded: {} };
        sendLiveDocument(res, document, page.encoding, send);
        return res;
      }
      onRefused(refused);
    }
    res.removeHeader("transfer-encoding");
    res.setHeader("content-length", body.length);
    return send(body);
  }) as typeof res.end;
}

// Set by the launcher for each request (the policy carries a fresh nonce) or by the transport.
const perRequestHeaders = new Set(["content-security-policy", "set-cookie", "date", "content-length", "transfer-encoding", "connection", "keep-alive", "content-encoding"]);

function rendererHeaders(res: ServerResponse): CachedDocument["headers"] {
  return Object.entries(res.getHeaders()).flatMap(([name, value]) => (value === undefined || perRequestHeaders.has(name) ? [] : [[name, value] as [string, string | number | string[]]]));
}

/**
 * Sends a stripped live document, from the cache or just rendered. Its Link header's preload
 * nonces may be a former request's: they only matter for scripts, and a document preloads none.
 */
export function sendLiveDocument(res: ServerResponse, page: CachedDocument, encoding: Encoding | null, send: (body: Buffer) => unknown = (body) => res.end(body)): void {
  for (const [name, value] of page.headers) res.setHeader(name, value);
  const body = encodedBody(page, encoding);
  if (encoding) res.setHeader("content-encoding", encoding);
  const vary = String(res.getHeader("vary") ?? "");
  if (!/\baccept-encoding\b/i.test(vary)) res.setHeader("vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
  res.removeHeader("transfer-encoding");
  res.setHeader("content-length", body.length);
  res.statusCode = 200;
  send(body);
}

function applyHead(res: ServerResponse, [status, ...rest]: Head): void {
  res.statusCode = status;
  const headers = rest.find((r) => typeof r === "object" && r !== null);
  if (Array.isArray(headers)) {
    // Either [[name, value], …] or [name, value, name, value, …].
    if (Array.isArray(headers[0])) for (const [name, value] of headers as [string, string][]) res.setHeader(name, value);
    else for (let i = 0; i + 1 < headers.length; i += 2) res.setHeader(String(headers[i]), headers[i + 1] as string);
  } else if (headers) {
    for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value as string);
  }
}
