import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { sendLiveDocument, servesLiveDocument, stripRuntimeOnTheWay } from "@/lib/build/live-documents";
import { cachedLiveDocument, chooseEncoding, forgetLiveDocuments, startLiveDocumentCache, storeLiveDocument, type Encoding } from "@/lib/build/live-document-cache";

const req = (url: string, extra: { method?: string; cookie?: string; rsc?: string } = {}) => ({
  method: extra.method ?? "GET",
  url,
  headers: { ...(extra.cookie && { cookie: extra.cookie }), ...(extra.rsc && { rsc: extra.rsc }) },
});

describe("which responses are live documents", () => {
  it("the problems index and problem pages, signed out, as HTML", () => {
    for (const url of ["/problems", "/problems/", "/problems?status=OPEN&sort=newest", "/problems/od-1", "/problems/adam-sgd-gap-central-flows"]) expect(servesLiveDocument(req(url)), url).toBe(true);
    for (const url of ["/problems/propose", "/problems/feed.xml", "/problems/atom.xml", "/api/problems/export", "/problemsx", "/problems/a/b"]) expect(servesLiveDocument(req(url)), url).toBe(false);
    expect(servesLiveDocument(req("/problems", { cookie: "theme=dark; next-auth.session-token=abc" }))).toBe(false);
    expect(servesLiveDocument(req("/problems", { cookie: "__Secure-next-auth.session-token=abc" }))).toBe(false);
    expect(servesLiveDocument(req("/problems", { method: "POST" }))).toBe(false);
    expect(servesLiveDocument(req("/problems", { rsc: "1" }))).toBe(false);
    expect(servesLiveDocument(req("/problems?_rsc=x1"))).toBe(false);
  });

  it("the forum's lists and threads, signed out; not its forms, feeds or history", () => {
    for (const url of ["/forum", "/forum?sort=top&period=week", "/forum/c/general", "/forum/tag/edge-of-stability", "/forum/t/0a1b2c/why-the-edge?page=2"]) expect(servesLiveDocument(req(url)), url).toBe(true);
    for (const url of ["/forum/new", "/forum/t/0a1b2c", "/forum/p/abc/history", "/forum/feed.xml", "/forum/c/general/atom.xml", "/forum/page-thread?key=learn/x"]) expect(servesLiveDocument(req(url)), url).toBe(false);
    expect(servesLiveDocument(req("/forum/t/0a1b2c/why", { cookie: "next-auth.session-token=abc" }))).toBe(false);
  });

  it("the results index and result pages, signed out; not the submission form, feeds or badges", () => {
    for (const url of ["/results", "/results?verdict=reproduced&experiment=deep-linear-modes%401", "/results/cmabc123xyz", "/results/newer1"]) expect(servesLiveDocument(req(url)), url).toBe(true);
    for (const url of ["/results/new", "/results/new?experiment=x", "/results/feed.xml", "/results/atom.xml", "/results/cmabc123xyz/badge.svg", "/api/results"]) expect(servesLiveDocument(req(url)), url).toBe(false);
  });
});

const page = (extra = "") =>
  `<!DOCTYPE html><html><head><link rel="preload" as="script" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/main.js" async=""></script></head>` +
  `<body><main><h1>Open problems</h1></main><script>self.__next_f.push([1,"payload"])</script>${extra}</body></html>`;

let close: (() => void) | undefined;
afterEach(() => close?.());

afterEach(() => startLiveDocumentCache(0));

/** One request through a server that strips on the way out; the raw (undecoded) body comes back too. */
async function serve(respond: (res: ServerResponse) => void, encoding: Encoding | null = null): Promise<{ status: number; body: string; raw: Buffer; headers: Headers; refused: string[][] }> {
  const refused: string[][] = [];
  const server = createServer((_, res) => {
    stripRuntimeOnTheWay(res, { assetPrefix: "" }, { url: "/problems", encoding }, (reasons) => refused.push(reasons));
    respond(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => server.close();
  // node:http, not fetch: fetch would decode the body and hide what was sent.
  const { get } = await import("node:http");
  const response = await new Promise<import("node:http").IncomingMessage>((resolve) => get(`http://127.0.0.1:${(server.address() as AddressInfo).port}/problems`, resolve));
  const chunks: Buffer[] = [];
  for await (const chunk of response) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks);
  const decoded = response.headers["content-encoding"] === "br" ? brotliDecompressSync(raw) : response.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
  const headers = new Headers(Object.entries(response.headers).flatMap(([k, v]) => (v === undefined ? [] : [[k, String(v)] as [string, string]])));
  return { status: response.statusCode!, body: decoded.toString("utf8"), raw, headers, refused };
}

describe("stripping the runtime on the way out", () => {
  it("removes Next's scripts, preloads and payload from a page written in chunks, with a correct length", async () => {
    const html = page();
    const r = await serve((res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.write(html.slice(0, 50));
      res.write(Buffer.from(html.slice(50, 120)));
      res.end(html.slice(120));
    });
    expect(r.status).toBe(200);
    expect(r.body).toBe("<!DOCTYPE html><html><head></head><body><main><h1>Open problems</h1></main></body></html>");
    expect(Number(r.headers.get("content-length"))).toBe(Buffer.byteLength(r.body));
    expect(r.refused).toEqual([]);
  });

  it("keeps headers and status given to writeHead", async () => {
    const r = await serve((res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8", "x-kept": "yes" });
      res.end(page());
    });
    expect(r.headers.get("x-kept")).toBe("yes");
    expect(r.body).not.toContain("/_next/");
  });

  it("sends a page unchanged when what is left would not pass the documents' allow-list", async () => {
    const html = page("<script>alert(1)</script>");
    const r = await serve((res) => {
      res.setHeader("content-type", "text/html");
      res.end(html);
    });
    expect(r.body).toBe(html);
    expect(r.refused[0]![0]).toMatch(/inline script/);
  });

  it("leaves other statuses and types alone", async () => {
    const json = await serve((res) => {
      res.setHeader("content-type", "application/json");
      res.end('{"script":"<script src=\\"/_next/x.js\\"></script>"}');
    });
    expect(json.body).toContain("/_next/x.js");
    const missing = await serve((res) => {
      res.statusCode = 404;
      res.setHeader("content-type", "text/html");
      res.end(page());
    });
    expect(missing.status).toBe(404);
    expect(missing.body).toContain("/_next/");
  });
});

describe("compressing and caching what signed-out readers get", () => {
  const stripped = "<!DOCTYPE html><html><head></head><body><main><h1>Open problems</h1></main></body></html>";
  const render = (res: ServerResponse) => {
    res.setHeader("content-type", "text/html; charset=utf-8");
    res.setHeader("content-security-policy", "script-src 'nonce-first'");
    res.setHeader("vary", "rsc");
    res.end(page());
  };

  it("picks brotli, else gzip, as the request allows", () => {
    expect(chooseEncoding("gzip, deflate, br, zstd")).toBe("br");
    expect(chooseEncoding("gzip;q=1.0, br;q=0")).toBe("gzip");
    expect(chooseEncoding("*")).toBe("br");
    expect(chooseEncoding("deflate, identity")).toBeNull();
    expect(chooseEncoding(undefined)).toBeNull();
  });

  it("sends the stripped page compressed, with its length and Vary on Accept-Encoding", async () => {
    for (const encoding of ["br", "gzip"] as const) {
      const r = await serve(render, encoding);
      expect(r.headers.get("content-encoding")).toBe(encoding);
      expect(r.body).toBe(stripped);
      expect(Number(r.headers.get("content-length"))).toBe(r.raw.length);
      expect(r.headers.get("vary")).toBe("rsc, Accept-Encoding");
      close?.();
    }
  });

  it("keeps the page for its time with the renderer's headers only, and forgets it after a write", async () => {
    startLiveDocumentCache(5);
    await serve(render, "br");
    const kept = cachedLiveDocument("/problems")!;
    expect(kept.body.toString()).toBe(stripped);
    const names = kept.headers.map(([name]) => name);
    expect(names).toEqual(expect.arrayContaining(["content-type", "vary"]));
    expect(names).not.toContain("content-security-policy");
    expect(names).not.toContain("content-encoding");
    expect(cachedLiveDocument("/problems", kept.storedAt + 4_999)).toBe(kept);
    expect(cachedLiveDocument("/problems", kept.storedAt + 5_000)).toBeUndefined();
    storeLiveDocument("/problems", kept.body, kept.headers);
    forgetLiveDocuments();
    expect(cachedLiveDocument("/problems")).toBeUndefined();
  });

  it("a hit is sent with this request's security headers and the encoding it asked for", async () => {
    startLiveDocumentCache(5);
    const kept = storeLiveDocument("/problems", Buffer.from(stripped), [["content-type", "text/html; charset=utf-8"], ["vary", "rsc, Accept-Encoding"]]);
    const server = createServer((_, res) => {
      res.setHeader("content-security-policy", "script-src 'nonce-second'");
      sendLiveDocument(res, kept, "gzip");
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    close = () => server.close();
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/problems`);
    expect(response.headers.get("content-security-policy")).toBe("script-src 'nonce-second'");
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(await response.text()).toBe(stripped);
    expect(kept.encoded.gzip).toBeDefined();
  });

  it("a page that says it needs its runtime (a running check's progress) goes out whole and is not kept", async () => {
    startLiveDocumentCache(5);
    const html = page(`<meta name="lmh-runtime" content="required"/>`);
    const r = await serve((res) => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(html);
    }, "br");
    expect(r.body).toBe(html);
    expect(r.headers.get("content-encoding")).toBeNull();
    expect(r.refused).toEqual([]);
    expect(cachedLiveDocument("/problems")).toBeUndefined();
  });

  it("never keeps a page that sets a cookie, nor anything while the cache is off", async () => {
    startLiveDocumentCache(5);
    await serve((res) => {
      res.setHeader("set-cookie", "a=b");
      render(res);
    });
    expect(cachedLiveDocument("/problems")).toBeUndefined();
    startLiveDocumentCache(0);
    await serve(render);
    expect(cachedLiveDocument("/problems")).toBeUndefined();
  });

  it("stays within its byte budget, dropping the oldest pages first", () => {
    startLiveDocumentCache(5, 4000);
    const kib = Buffer.alloc(1000, "a");
    for (const url of ["/a", "/b", "/c", "/d", "/e"]) storeLiveDocument(url, kib, []);
    expect(cachedLiveDocument("/a")).toBeUndefined();
    expect(["/b", "/c", "/d", "/e"].every((url) => cachedLiveDocument(url))).toBe(true);
    storeLiveDocument("/big", Buffer.alloc(1001), []);
    expect(cachedLiveDocument("/big")).toBeUndefined(); // over a quarter of the budget: not kept
  });
});
