import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { recordPageRead } from "@/lib/reading/page-reads.server";
import { POST } from "@/app/api/reading/route";
import { call, sessionCookie } from "../support/http";

describe("page reads", () => {
  it("first visit has no previous read; the next one returns it; deleting the reader removes the rows", async () => {
    const user = await db().user.create({ data: { name: "Reader", handle: `reader-${Date.now()}` } });
    expect(await recordPageRead(user.id, "learn/edge-of-stability")).toEqual({ previousReadAt: null });
    const second = await recordPageRead(user.id, "learn/edge-of-stability");
    expect(second.previousReadAt).toBeInstanceOf(Date);
    await db().user.delete({ where: { id: user.id } });
    expect(await db().pageRead.count({ where: { userId: user.id } })).toBe(0);
  });

  it("POST /api/reading refuses a malformed page key (400) and answers 204 to a signed-out reader", async () => {
    const user = await db().user.create({ data: { name: "Reader", handle: `reader-api-${Date.now()}` } });
    const cookie = await sessionCookie(user.id);
    expect(await call(POST, { cookie, body: { page: "../etc/passwd" } })).toMatchObject({ status: 400, body: { fieldErrors: { page: [expect.any(String)] } } });
    expect(await db().pageRead.count({ where: { userId: user.id } })).toBe(0);
    expect(await call(POST, { cookie, body: { page: "learn/scaling-laws" } })).toMatchObject({ status: 200, body: { previousReadAt: null } });
    expect((await call(POST, { body: { page: "learn/scaling-laws" } })).status).toBe(204);
  });
});
