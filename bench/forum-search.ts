// Forum search over 100,000 posts: p50/p99 of searchForum (the /search page's query) for a mix of
// queries, on the embedded database or on PostgreSQL. Posts are inserted in bulk with SQL: one in
// twenty is the plain text of a cooked typical post (math as its words); every post has three
// research terms (each in about 5 % of posts) and 60 words of a skewed long-tail vocabulary.
// Run: npx tsx --conditions=react-server bench/forum-search.ts [posts=100000]
//      DATABASE_URL=postgres://…/empty_db npx tsx --conditions=react-server bench/forum-search.ts
// (react-server: lib/forum's modules import "server-only", which is empty under that condition.)
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedDatabase } from "@/lib/db/embedded.server";
import { applyMigrations } from "@/lib/db/migrate.server";
import { MarkdownRenderer } from "@/lib/markdown";
import { machine } from "./support";
import { typicalPost } from "./typical-post";

const POSTS = Number(process.argv[2] ?? 100_000);
const PER_THREAD = 100;
/** Size of the long tail of words: drawn with a skew (a few frequent, most rare), as in real text. */
const RARE = 20_000;
const external = process.env.DATABASE_URL;
const dir = external ? null : await mkdtemp(path.join(tmpdir(), "lmh-search-bench-"));
const embedded = dir ? await startEmbeddedDatabase(dir) : null;
const url = external ?? embedded!.url;
process.env.DATABASE_URL = url;
process.env.LMH_EMBEDDED = embedded ? "1" : "";
await applyMigrations(url);
const { closeDb, db } = await import("@/lib/db/client.server");
const { seed } = await import("@/lib/db/seed.server");
const { readEnv } = await import("@/lib/env.server");
const { searchForum, searchQuery } = await import("@/lib/forum/search.server");

const vocabulary =
  "sharpness eigenvalue hessian curvature stability oscillation catapult kernel feature rich lazy width depth scaling exponent grokking modular arithmetic memorisation generalisation saddle plateau singular spectrum initialisation learning rate momentum adam warmup batch noise gradient flow dynamics transfer parametrisation attention transformer convolution residual normalisation dropout regularisation overparameterised interpolation double descent benchmark reproduction seed variance theory prediction measurement".split(
    " ",
  );
const percentile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!;

try {
  await seed(db(), readEnv());
  const renderer = new MarkdownRenderer();
  const templates = await Promise.all(Array.from({ length: 20 }, async (_, i) => (await renderer.render(typicalPost(i))).text));
  await renderer.close();
  const threads = Math.ceil(POSTS / PER_THREAD);
  const t0 = performance.now();
  await db().$executeRaw`
    INSERT INTO "Thread" ("id", "title", "slug", "categoryId", "postCount")
    SELECT 'bt' || g, 'Thread ' || g || ' on ' || (${vocabulary}::text[])[1 + (g * 7) % ${vocabulary.length}::int] || ' and ' || (${vocabulary}::text[])[1 + (g * 13) % ${vocabulary.length}::int],
           'thread-' || g, (SELECT "id" FROM "Category" WHERE "slug" = 'general'), ${PER_THREAD}::int
    FROM generate_series(1, ${threads}::int) g`;
  // In chunks: PGlite holds a statement's whole result in memory.
  for (let from = 1; from <= POSTS; from += 10_000) {
    await db().$executeRaw`
      INSERT INTO "Post" ("id", "threadId", "number", "source", "cookedHtml", "plainText", "rendererVersion")
      SELECT 'bp' || g, 'bt' || ((g - 1) / ${PER_THREAD}::int + 1), (g - 1) % ${PER_THREAD}::int + 1, t, t, t, 1 FROM (
        SELECT g, CASE WHEN g % 20 = 0 THEN (${templates}::text[])[1 + g / 20 % ${templates.length}::int] ELSE '' END || ' ' ||
               array_to_string(ARRAY(SELECT (${vocabulary}::text[])[1 + ((g::bigint * k * 7919 + k * 31) % ${vocabulary.length}::int)] FROM generate_series(1, 3) k), ' ') || ' ' ||
               array_to_string(ARRAY(SELECT 'w' || floor(${RARE}::int * power(((g::bigint * 2654435761 + k * 40503) % 1000003) / 1000003.0, 3))::int FROM generate_series(1, 60) k), ' ') AS t
        FROM generate_series(${from}::int, ${Math.min(POSTS, from + 9_999)}::int) g) s`;
  }
  await db().$executeRawUnsafe('ANALYZE "Post"; ANALYZE "Thread"');
  const loadSeconds = (performance.now() - t0) / 1000;

  const queries = ["sharpness", "edge of stability", '"edge of stability"', "lambda eta", "feature learning -kernel", "grokking modular arithmetic", "scaling exponent", "hessian eigenvalue spectrum", "catapult", "w4000 w2000", "w17", "zymurgy", "w0"];
  for (const q of queries) await searchForum(searchQuery.parse({ q })); // warm-up
  const times: number[] = [];
  const hits: Record<string, number> = {};
  const byQuery: Record<string, number[]> = {};
  for (let round = 0; round < 10; round++) {
    for (const q of queries) {
      const started = performance.now();
      const r = await searchForum(searchQuery.parse({ q }));
      times.push(performance.now() - started);
      (byQuery[q] ??= []).push(performance.now() - started);
      hits[q] = r.hits.length;
    }
  }
  console.log(
    [
      `Forum search over ${POSTS.toLocaleString("en")} posts in ${threads.toLocaleString("en")} threads, ${external ? "PostgreSQL 15" : "embedded PGlite"} (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${machine()}); bulk load ${loadSeconds.toFixed(0)} s.`,
      `${times.length} queries (${queries.length} kinds × 10, first page of 20 with ranking and ts_headline snippets): p50 ${percentile(times, 50).toFixed(1)} ms, p99 ${percentile(times, 99).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms.`,
      `Median per query (hits on the first page): ${queries.map((q) => `${q} ${percentile(byQuery[q]!, 50).toFixed(0)} ms (${hits[q]})`).join("; ")}.`,
      `Posts matching each query: ${(await Promise.all(queries.map(async (q) => `${q} ${(await db().$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Post" WHERE "search" @@ websearch_to_tsquery('english', ${q})`)[0]!.n}`))).join("; ")}.`,
    ].join("\n"),
  );
} finally {
  await closeDb();
  await embedded?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
}
