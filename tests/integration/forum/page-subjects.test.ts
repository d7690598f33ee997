// Discussion threads under open problems and results: the first comment opens the thread in the
// matching category, titled after the page; an unknown problem or result is 404 and stores nothing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { getProblemMeta } from "@/lib/content/problems.server";
import { POST as postPageComment } from "@/app/api/forum/pages/route";
import { call } from "../../support/http";
import { member, seedForum } from "../../support/forum";

beforeAll(seedForum);

describe("page threads beyond the reading pages", () => {
  it("a comment under an open problem opens its thread in Open problems, titled after the problem", async () => {
    const m = await member("prob-c");
    const answer = await call(postPageComment, { cookie: m.cookie, body: { page: "problems/od-1", source: "Is the criterion too strict?" } });
    expect(answer.status).toBe(201);
    const thread = await db().thread.findUniqueOrThrow({ where: { pageKey: "problems/od-1" }, include: { category: true } });
    expect(thread.category.slug).toBe("open-problems");
    expect(thread.title).toBe(`Discussion: ${getProblemMeta("od-1")!.title}`);
  });

  it("unknown problems and results are 404 and open nothing; other kinds of key are 400", async () => {
    const m = await member("prob-d");
    expect((await call(postPageComment, { cookie: m.cookie, body: { page: "problems/no-such-problem", source: "Hello." } })).status).toBe(404);
    expect((await call(postPageComment, { cookie: m.cookie, body: { page: "results/nosuchresult", source: "Hello." } })).status).toBe(404);
    expect((await call(postPageComment, { cookie: m.cookie, body: { page: "admin/x", source: "Hello." } })).status).toBe(400);
    expect(await db().thread.count({ where: { pageKey: { in: ["problems/no-such-problem", "results/nosuchresult", "admin/x"] } } })).toBe(0);
  });
});
