import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { unsubscribeHeaders, unsubscribeToken } from "@/lib/notifications/unsubscribe-token.server";
import { POST as unsubscribe } from "@/app/api/unsubscribe/route";
import { PATCH as setPreference } from "@/app/api/account/notifications/route";
import { call, sessionCookie } from "../../support/http";
import { createMember } from "../../support/members";

const frequency = async (id: string) => (await db().user.findUniqueOrThrow({ where: { id } })).emailNotifications;

describe("e-mail preferences and one-click unsubscribe", () => {
  it("a member chooses never, immediately or daily; anything else is a field error", async () => {
    const m = await createMember("pref");
    const cookie = await sessionCookie(m.id);
    expect(await call(setPreference, { method: "PATCH", cookie, body: { emailNotifications: "DAILY" } })).toMatchObject({ status: 200 });
    expect(await frequency(m.id)).toBe("DAILY");
    expect((await call(setPreference, { method: "PATCH", cookie, body: { emailNotifications: "HOURLY" } })).status).toBe(400);
    expect(await frequency(m.id)).toBe("DAILY");
  });

  it("RFC 8058: the mail client's POST (no Origin, no session) turns notification e-mail off", async () => {
    const m = await createMember("unsub");
    const token = unsubscribeToken(m.id);
    expect(unsubscribeHeaders(m.id)).toEqual({
      "List-Unsubscribe": `<http://localhost:3000/api/unsubscribe?token=${encodeURIComponent(token)}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    });
    const answer = await call(unsubscribe, { origin: null, path: `/api/unsubscribe?token=${encodeURIComponent(token)}`, rawBody: "List-Unsubscribe=One-Click", contentType: "application/x-www-form-urlencoded" });
    expect(answer.status).toBe(204);
    expect(await frequency(m.id)).toBe("NEVER");
  });

  it("a tampered or forged token is a 404 and changes nobody", async () => {
    const victim = await createMember("unsub-victim");
    const attacker = await createMember("unsub-attacker");
    const mine = unsubscribeToken(attacker.id);
    const forged = `${Buffer.from(victim.id).toString("base64url")}.${mine.split(".")[1]}`;
    for (const token of [forged, `${mine}x`, "not-a-token-at-all", `${mine.split(".")[0]}.`]) {
      expect((await call(unsubscribe, { origin: null, path: `/api/unsubscribe?token=${encodeURIComponent(token)}` })).status, token).toBe(token.length < 10 ? 400 : 404);
    }
    expect(await frequency(victim.id)).toBe("IMMEDIATE");
  });
});
