// The renderer's bounds: the source cap, the wall-clock limit (the worker is terminated and
// replaced), crashes, a worker that never loads, the queue, and use from a plain tsx script.
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { MarkdownRenderer, MAX_SOURCE_CHARS, type MarkdownRendererOptions } from "@/lib/markdown";
import { runScript } from "@/tests/support/run-script";

// A call returns within its limit plus this (timers on a busy 2-core machine run a little late).
const MARGIN_MS = 250;
const fixture = (name: string) => path.join(import.meta.dirname, "fixtures", name);

const open: MarkdownRenderer[] = [];
function renderer(options: MarkdownRendererOptions = {}) {
  const r = new MarkdownRenderer(options);
  open.push(r);
  return r;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((r) => r.close()));
});

async function timed<T>(work: Promise<T>): Promise<[T, number]> {
  const started = performance.now();
  const result = await work;
  return [result, performance.now() - started];
}

describe("the source cap", () => {
  it("refuses a longer source at once, as escaped text cut at the cap", async () => {
    const r = renderer({ workerEntry: fixture("scripted-worker.mjs") });
    const [result, ms] = await timed(r.render("<".repeat(MAX_SOURCE_CHARS + 1)));
    expect(result.status).toBe("too-large");
    expect(result.html).toBe(`<p>${"&lt;".repeat(MAX_SOURCE_CHARS)}</p>`);
    expect(ms).toBeLessThan(50);
  });
});

describe("the time limit", () => {
  it("cuts micromark's worst case (*a × 64 KiB) and stores the escaped source; the next call works", async () => {
    const r = renderer({ timeLimitMs: 1_000 });
    expect((await r.render("warm up")).status).toBe("ok");
    const source = "*a".repeat(MAX_SOURCE_CHARS / 2);
    const [result, ms] = await timed(r.render(source));
    expect(result).toMatchObject({ status: "timed-out", html: `<p>${source}</p>`, text: source, mentions: [] });
    expect(ms).toBeLessThan(1_000 + MARGIN_MS);
    const next = await r.render("still *here*");
    expect(next).toMatchObject({ status: "ok", html: "<p>still <em>here</em></p>" });
  });

  it("terminates a worker stuck in a loop and starts a fresh one", async () => {
    const r = renderer({ workerEntry: fixture("scripted-worker.mjs"), timeLimitMs: 300 });
    await r.render("warm up");
    const [stuck, ms] = await timed(r.render("spin"));
    expect(stuck.status).toBe("timed-out");
    expect(ms).toBeGreaterThanOrEqual(290);
    expect(ms).toBeLessThan(300 + MARGIN_MS);
    expect((await r.render("after")).html).toBe("<p>after</p>");
  });

  it("counts a queued call's time from when it was queued: nothing waits longer than the limit", async () => {
    const r = renderer({ workerEntry: fixture("scripted-worker.mjs"), timeLimitMs: 400 });
    await r.render("warm up");
    const [[stuck, behind], ms] = await timed(Promise.all([r.render("spin"), r.render("behind")]));
    expect(stuck.status).toBe("timed-out");
    expect(behind.status).toBe("timed-out");
    expect(ms).toBeLessThan(400 + MARGIN_MS);
    expect((await r.render("later")).status).toBe("ok");
  });
});

describe("crashes", () => {
  it.each(["exit", "throw outside a call", "error"])("a worker that fails (%s) answers with the fallback at once, and the next call works", async (how) => {
    const r = renderer({ workerEntry: fixture("scripted-worker.mjs"), timeLimitMs: 5_000 });
    await r.render("warm up");
    const [result, ms] = await timed(r.render(how));
    expect(result).toMatchObject({ status: "timed-out", html: `<p>${how}</p>` });
    expect(ms).toBeLessThan(1_000);
    expect((await r.render("after")).status).toBe("ok");
  });

  it("a worker that never loads makes calls fail after the startup limit, not hang", async () => {
    const r = renderer({ workerEntry: fixture("never-ready-worker.mjs"), startupLimitMs: 300 });
    const [result, ms] = await timed(r.render("x"));
    expect(result.status).toBe("timed-out");
    expect(ms).toBeLessThan(300 + MARGIN_MS);
  });

  it("a worker that cannot load fails fast, and the next call tries again", async () => {
    const r = renderer({ workerEntry: fixture("no-such-worker.mjs") });
    expect((await r.render("x")).status).toBe("timed-out");
    expect((await r.render("y")).status).toBe("timed-out");
  });
});

describe("the queue", () => {
  it("answers concurrent calls, each with its own result", async () => {
    const r = renderer();
    const sources = Array.from({ length: 30 }, (_, i) => `post **${i}**`);
    const results = await Promise.all(sources.map((s) => r.render(s)));
    expect(results.map((x) => x.html)).toEqual(sources.map((_, i) => `<p>post <strong>${i}</strong></p>`));
  });
});

describe("outside Next.js", () => {
  it("works in a plain tsx script, which then exits by itself", async () => {
    const { code, stdout, stderr } = await runScript(fixture("render-once.ts"), {}, 60_000);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ status: "ok", mentions: ["alice"], katex: true });
  });
});
