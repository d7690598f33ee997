import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { servesLiveDocument, stripRuntimeOnTheWay } from "@/lib/build/live-documents";

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
});

const page = (extra = "") =>
  `<!DOCTYPE html><html><head><link rel="preload" as="script" href="/_next/static/chunks/a.js"/><script src="/_next/static/chunks/main.js" async=""></script></head>` +
  `<body><main><h1>Open problems</h1></main><script>self.__next_f.push([1,"payload"])</script>${extra}</body></html>`;

let close: (() => void) | undefined;
afterEach(() => close?.());

async function serve(respond: (res: ServerResponse) => void): Promise<{ status: number; body: string; headers: Headers; refused: string[][] }> {
  const refused: string[][] = [];
  const server = createServer((_, res) => {
    stripRuntimeOnTheWay(res, { assetPrefix: "" }, (reasons) => refused.push(reasons));
    respond(res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  close = () => server.close();
  const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/problems`);
  return { status: response.status, body: await response.text(), headers: response.headers, refused };
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
