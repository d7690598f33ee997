// Issue 9's attacks, each performed against the fixed code on the real database: every test
// here succeeded as an attack before the fix.
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { setRole } from "@/lib/admin/users.server";
import { deleteAccount } from "@/lib/users/account.server";
import { authenticateWithPassword } from "@/lib/users/authenticate.server";
import { openSession, revokeSession, userForClaims } from "@/lib/auth/session-claims.server";
import { rateRules } from "@/lib/rate-limit/rules";
import { POST as signUp } from "@/app/api/users/route";
import { PATCH as patchAccount } from "@/app/api/account/route";
import { POST as changePasswordRoute } from "@/app/api/account/password/route";
import { call, sessionCookie, SITE } from "../support/http";
import { waitForMail } from "../support/mailbox";
import { createMember, PASSWORD, uniqueEmail } from "../support/members";

const sink = inject("sinkUrl");
const address = () => `203.0.113.${Math.floor(Math.random() * 250)}-${Math.random().toString(36).slice(2, 6)}`;

describe("2. the site keeps an administrator", () => {
  it("two administrators demoting each other at the same moment: exactly one succeeds", async () => {
    for (let round = 0; round < 5; round++) {
      // Only these two are administrators for this round.
      await db().user.updateMany({ where: { role: "ADMIN" }, data: { role: "MEMBER" } });
      const a = await createMember(`race-a${round}`, "ADMIN");
      const b = await createMember(`race-b${round}`, "ADMIN");
      const outcomes = await Promise.all([setRole(a, b.id, { role: "MEMBER" }), setRole(b, a.id, { role: "MEMBER" })]);
      expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
      expect(await db().user.count({ where: { role: "ADMIN" } })).toBe(1);
    }
  });

  it("the last administrator cannot delete their account or be demoted", async () => {
    await db().user.updateMany({ where: { role: "ADMIN" }, data: { role: "MEMBER" } });
    const only = await createMember("only-admin", "ADMIN");
    expect(await deleteAccount(only.id, only.handle)).toMatchObject({ ok: false, code: "invalid", fieldErrors: { confirm: [expect.stringContaining("without an administrator")] } });
    const other = await createMember("second-admin", "ADMIN");
    expect(await setRole(other, only.id, { role: "MEMBER" })).toEqual({ ok: true, role: "MEMBER" });
    expect(await setRole(other, other.id, { role: "MEMBER" })).toMatchObject({ ok: false });
    expect(await db().user.count({ where: { role: "ADMIN" } })).toBe(1);
  });
});

describe("4. signing out ends the session", () => {
  it("a revoked session's token no longer signs anyone in; other sessions of the member still do", async () => {
    const m = await createMember("signout");
    const [one, two] = [await openSession(m.id), await openSession(m.id)];
    expect(await userForClaims({ uid: m.id, tv: 0, sid: one })).toMatchObject({ id: m.id });
    await revokeSession(one);
    expect(await userForClaims({ uid: m.id, tv: 0, sid: one })).toBeNull();
    expect(await userForClaims({ uid: m.id, tv: 0, sid: two })).toMatchObject({ id: m.id });
  });

  it("a session past its absolute end, or claimed by another user, is refused", async () => {
    const m = await createMember("expired");
    const other = await createMember("other");
    const sid = await openSession(m.id);
    expect(await userForClaims({ uid: other.id, tv: 0, sid })).toBeNull();
    await db().session.update({ where: { id: sid }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await userForClaims({ uid: m.id, tv: 0, sid })).toBeNull();
  });
});

describe("5-6. password guessing", () => {
  it("5. of 14 simultaneous wrong guesses from one address, at most the per-pair limit reach the password check", async () => {
    const m = await createMember("parallel");
    const from = address();
    const outcomes = await Promise.all(Array.from({ length: 14 }, (_, i) => authenticateWithPassword({ email: m.email, password: `wrong-${i}` }, from)));
    expect(outcomes.filter((o) => !o.ok && o.reason === "invalid")).toHaveLength(rateRules.signInPerAccountAndAddress.limit);
    expect(outcomes.filter((o) => !o.ok && o.reason === "throttled")).toHaveLength(14 - rateRules.signInPerAccountAndAddress.limit);
  });

  it("6. failures from one address do not lock the owner out from another", async () => {
    const m = await createMember("dos");
    const attacker = address();
    for (let i = 0; i < rateRules.signInPerAccountAndAddress.limit + 2; i++) await authenticateWithPassword({ email: m.email, password: `guess-${i}` }, attacker);
    expect(await authenticateWithPassword({ email: m.email, password: PASSWORD }, attacker)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticateWithPassword({ email: m.email, password: PASSWORD }, address())).toMatchObject({ ok: true });
  });

  it("6. past the per-account limit (a distributed attack), an address new to the account still signs in; a guessing one does not", async () => {
    const m = await createMember("distributed");
    const perAddress = rateRules.signInPerAccountAndAddress.limit;
    const addresses = Array.from({ length: Math.ceil(rateRules.signInPerAccount.limit / perAddress) }, address);
    for (const from of addresses) for (let i = 0; i < perAddress; i++) await authenticateWithPassword({ email: m.email, password: `g-${i}` }, from);
    const oneMore = address();
    expect(await authenticateWithPassword({ email: m.email, password: "wrong-again" }, oneMore)).toMatchObject({ ok: false, reason: "invalid" });
    expect(await authenticateWithPassword({ email: m.email, password: PASSWORD }, oneMore)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticateWithPassword({ email: m.email, password: PASSWORD }, address())).toMatchObject({ ok: true });
  });

  it("7. the current password of a password change is limited like sign-in (429 with Retry-After, even when right)", async () => {
    const m = await createMember("pwchange");
    const cookie = await sessionCookie(m.id);
    const from = address();
    for (let i = 0; i < rateRules.passwordChangePerAccount.limit; i++) {
      expect((await call(changePasswordRoute, { cookie, address: from, body: { currentPassword: `wrong-${i}`, newPassword: "another-password-9" } })).status).toBe(400);
    }
    const refused = await call(changePasswordRoute, { cookie, address: from, body: { currentPassword: PASSWORD, newPassword: "another-password-9" } });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await authenticateWithPassword({ email: m.email, password: PASSWORD }, address())).toMatchObject({ ok: true });
  });
});

describe("8-9. names and NUL bytes", () => {
  const signUpWith = (name: string) => call(signUp, { address: address(), body: { name, email: uniqueEmail("name"), password: "engine-analytical-1843" } });

  it.each([
    ["a right-to-left override", "\u202ErotartsinimdA"],
    ["a lone zero-width space", "\u200B"],
    ["embedded zero-width characters", "Ad\u200Bmin\u200Cistrator"],
    ["a bidirectional isolate", "Ada \u2066Lovelace"],
    ["only spaces", "   \u00A0 "],
    ["a Hangul filler", "\u3164"],
    ["a staff title", "Administrator"],
    ["a staff title in disguise", "M0der4tor"],
    ["a NUL byte", "Ada\u0000Lovelace"],
  ])("sign-up refuses a name with %s (400 with a field message), storing nothing", async (_what, name) => {
    const before = await db().pendingSignUp.count();
    const answer = await signUpWith(name);
    expect(answer.status).toBe(400);
    expect(answer.body.fieldErrors.name).toEqual([expect.any(String)]);
    expect(await db().pendingSignUp.count()).toBe(before);
  });

  it("names are stored in NFC with spaces collapsed", async () => {
    const email = uniqueEmail("nfc");
    expect((await call(signUp, { address: address(), body: { name: "  Ame\u0301lie   Poulain ", email, password: "engine-analytical-1843" } })).status).toBe(202);
    expect((await db().pendingSignUp.findFirstOrThrow({ where: { email } })).name).toBe("Amélie Poulain");
  });

  it("a NUL byte in a profile update is a 400, and the profile is unchanged", async () => {
    const m = await createMember("nul");
    const answer = await call(patchAccount, { method: "PATCH", cookie: await sessionCookie(m.id), body: { name: "X\u0000", affiliation: "", bio: "" } });
    expect(answer).toMatchObject({ status: 400, body: { fieldErrors: { name: [expect.stringContaining("NUL")] } } });
    expect((await db().user.findUniqueOrThrow({ where: { id: m.id } })).name).toBe(m.name);
  });
});

describe("10. origin and media type", () => {
  it("a profile update from the same host over another scheme, or sent as text/plain with a JSON-looking charset, is refused", async () => {
    const m = await createMember("origin");
    const cookie = await sessionCookie(m.id);
    const body = { name: "Hijacked", affiliation: "", bio: "" };
    expect((await call(patchAccount, { method: "PATCH", cookie, body, origin: SITE.replace("http:", "https:") })).status).toBe(403);
    expect((await call(patchAccount, { method: "PATCH", cookie, rawBody: JSON.stringify(body), contentType: "text/plain; charset=application/json" })).status).toBe(415);
    expect((await db().user.findUniqueOrThrow({ where: { id: m.id } })).name).toBe(m.name);
  });
});

describe("11. sign-up does not reveal which addresses have accounts", () => {
  it("answers an existing and a new address identically, and mails each owner what applies to them", async () => {
    const existing = await createMember("known");
    const fresh = uniqueEmail("fresh");
    const attempt = (email: string) => call(signUp, { address: address(), body: { name: "Someone Else", email, password: "attacker-password-42" } });
    const [forExisting, forFresh] = [await attempt(existing.email), await attempt(fresh)];
    expect(forExisting.status).toBe(forFresh.status);
    expect(forExisting.body.message.replace(existing.email, "X")).toBe(forFresh.body.message.replace(fresh, "X"));
    // Nothing is signed in or created by the attempt: the attacker's password opens neither.
    expect(await authenticateWithPassword({ email: existing.email, password: "attacker-password-42" }, address())).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticateWithPassword({ email: fresh, password: "attacker-password-42" }, address())).toEqual({ ok: false, reason: "invalid" });
    expect((await waitForMail(sink, existing.email)).subject).toBe("You already have an account");
    expect((await waitForMail(sink, fresh)).subject).toBe("Confirm your address to finish creating your account");
  });

  it("nobody can flood an inbox: past the per-addressee limit the request is refused (429) and nothing more is queued", async () => {
    const email = uniqueEmail("flood");
    for (let i = 0; i < rateRules.mailPerAddressee.limit; i++) expect((await call(signUp, { address: address(), body: { name: "Flood", email, password: "engine-analytical-1843" } })).status).toBe(202);
    expect((await call(signUp, { address: address(), body: { name: "Flood", email, password: "engine-analytical-1843" } })).status).toBe(429);
    expect(await db().outboundEmail.count({ where: { to: email } })).toBe(rateRules.mailPerAddressee.limit);
  });
});
