import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { recordPageRead } from "@/lib/reading/page-reads.server";

describe("page reads", () => {
  it("first visit has no previous read; the next one returns it; bad keys are refused", async () => {
    const user = await db().user.create({ data: { name: "Reader", handle: `reader-${Date.now()}` } });
    expect(await recordPageRead(user.id, { page: "learn/edge-of-stability" })).toEqual({ ok: true, previousReadAt: null });
    const second = await recordPageRead(user.id, { page: "learn/edge-of-stability" });
    expect(second.ok && second.previousReadAt instanceof Date).toBe(true);
    expect(await recordPageRead(user.id, { page: "../etc/passwd" })).toMatchObject({ ok: false, code: "invalid", fieldErrors: { page: [expect.any(String)] } });
    await db().user.delete({ where: { id: user.id } });
    expect(await db().pageRead.count({ where: { userId: user.id } })).toBe(0);
  });
});
