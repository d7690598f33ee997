import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { createPasswordUser } from "@/lib/users/create-user.server";
import { authenticateWithPassword } from "@/lib/users/authenticate.server";
import { MAX_FAILURES, MAX_FAILURES_PER_ADDRESS } from "@/lib/users/sign-in-throttle.server";
import { changePassword, deleteAccount } from "@/lib/users/account.server";
import { ensureAdmin } from "@/lib/users/ensure-admin.server";
import { updateProfile } from "@/lib/users/profile.server";
import { userForOAuth } from "@/lib/users/oauth-user.server";
import { setRole } from "@/lib/admin/users.server";
import { POST as signUp } from "@/app/api/users/route";
import { PATCH as patchAccount } from "@/app/api/account/route";
import { PATCH as patchRole } from "@/app/api/admin/users/[id]/route";
import { uniqueOrcid } from "../support/orcid";
import { call, sessionCookie } from "../support/http";

let n = 0;
const unique = (tag: string) => `${tag}-${process.pid}-${Date.now().toString(36)}-${n++}@test.example`;
const password = "a-good-long-password";

async function member(tag = "m") {
  const email = unique(tag);
  const result = await createPasswordUser({ name: `Member ${tag}`, email, password });
  if (!result.ok) throw new Error(JSON.stringify(result));
  return { ...result.user, email };
}

describe("sign-up", () => {
  it("creates a user with an argon2id hash, never the password", async () => {
    const { id } = await member("hash");
    const row = await db().user.findUniqueOrThrow({ where: { id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.role).toBe("MEMBER");
  });

  it("rejects malformed address and weak password with field errors, creating nothing", async () => {
    const before = await db().user.count();
    const answer = await call(signUp, { body: { name: "", email: "nope", password: "1234567890" } });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.fieldErrors).sort()).toEqual(["email", "name", "password"]);
    expect(await db().user.count()).toBe(before);
  });

  it("refuses a taken address (case-insensitively) and keeps the original account", async () => {
    const first = await member("taken");
    const before = await db().user.count();
    const answer = await call(signUp, { body: { name: "Impostor", email: first.email.toUpperCase(), password: "another-fine-password" } });
    expect(answer).toMatchObject({ status: 409, body: { fieldErrors: { email: [expect.stringContaining("already exists")] } } });
    expect(await db().user.count()).toBe(before);
    expect((await db().user.findUniqueOrThrow({ where: { id: first.id } })).name).toBe("Member taken");
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one", async () => {
    const { email } = await member("signin");
    expect(await authenticateWithPassword({ email, password }, "10.0.0.1")).toMatchObject({ ok: true });
    expect(await authenticateWithPassword({ email, password: "wrong-password" }, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticateWithPassword({ email: unique("ghost"), password }, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
  });

  it(`locks an account after ${MAX_FAILURES} failures in 15 minutes, even with the right password`, async () => {
    const { email } = await member("throttle");
    for (let i = 0; i < MAX_FAILURES; i++) {
      expect(await authenticateWithPassword({ email, password: `wrong-${i}` }, `10.1.0.${i}`)).toEqual({ ok: false, reason: "invalid" });
    }
    const locked = await authenticateWithPassword({ email, password }, "10.2.0.1");
    expect(locked).toMatchObject({ ok: false, reason: "throttled" });
    if (!locked.ok && locked.reason === "throttled") expect(locked.retryAfterSeconds).toBeGreaterThan(14 * 60);
  });

  it(`throttles an address after ${MAX_FAILURES_PER_ADDRESS} failures across different accounts`, async () => {
    const ip = `10.3.${process.pid % 250}.7`;
    const { email } = await member("victim");
    for (let i = 0; i < MAX_FAILURES_PER_ADDRESS - 1; i++) await authenticateWithPassword({ email: unique(`spray${i}`), password }, ip);
    expect(await authenticateWithPassword({ email, password }, ip)).toMatchObject({ ok: true });
    await authenticateWithPassword({ email: unique("spray-last"), password }, ip);
    expect(await authenticateWithPassword({ email, password }, ip)).toMatchObject({ ok: false, reason: "throttled" });
    expect(await authenticateWithPassword({ email, password }, "10.4.0.1")).toMatchObject({ ok: true });
  });
});

describe("account changes", () => {
  it("changing the password needs the current one and bumps the token version", async () => {
    const { id } = await member("pw");
    expect(await changePassword(id, { currentPassword: "wrong", newPassword: "new-password-123" })).toMatchObject({ ok: false, code: "invalid" });
    const changed = await changePassword(id, { currentPassword: password, newPassword: "new-password-123" });
    expect(changed).toEqual({ ok: true, tokenVersion: 1 });
  });

  it("validates the ORCID iD check digit", async () => {
    const { id } = await member("orcid");
    const cookie = await sessionCookie(id);
    expect((await call(patchAccount, { method: "PATCH", cookie, body: { name: "X", affiliation: "", bio: "", orcid: "0000-0002-1825-0098" } })).status).toBe(400);
    expect((await call(patchAccount, { method: "PATCH", cookie, body: { name: "X", affiliation: "", bio: "", orcid: "https://orcid.org/0000-0002-1825-009x" } })).status).toBe(400);
    const orcid = uniqueOrcid();
    const ok = await call(patchAccount, { method: "PATCH", cookie, body: { name: "X", affiliation: " Lab ", bio: "", orcid } });
    expect(ok).toMatchObject({ status: 200, body: { profile: { orcid, affiliation: "Lab", bio: null } } });
    const other = await member("orcid-2");
    expect(await updateProfile(other.id, { name: "Y", affiliation: null, bio: null, orcid })).toMatchObject({
      ok: false,
      code: "conflict",
      fieldErrors: { orcid: ["Another account already shows this ORCID iD."] },
    });
  });

  it("deleting one account needs the handle and leaves other accounts intact", async () => {
    const a = await member("del-a");
    const b = await member("del-b");
    expect(await deleteAccount(a.id, "not-my-handle")).toMatchObject({ ok: false, code: "invalid" });
    expect(await deleteAccount(a.id, a.handle)).toEqual({ ok: true });
    expect(await db().user.findUnique({ where: { id: a.id } })).toBeNull();
    expect(await db().user.findUnique({ where: { id: b.id } })).not.toBeNull();
  });
});

describe("roles and OAuth identities", () => {
  it("the admin seed is idempotent and promotes an existing account", async () => {
    const email = unique("admin");
    expect(await ensureAdmin(db(), email, "admin-password-long")).toBe("created");
    expect(await ensureAdmin(db(), email, "admin-password-long")).toBe("unchanged");
    const m = await member("promote");
    expect(await ensureAdmin(db(), m.email)).toBe("promoted");
  });

  it("only administrators change roles, and not their own", async () => {
    const m = await member("role");
    const asMember = { id: m.id, handle: m.handle, name: "M", role: "MEMBER" as const };
    expect(await setRole(asMember, m.id, { role: "ADMIN" })).toMatchObject({ ok: false, code: "forbidden" });
    const adminRow = await db().user.create({ data: { name: "A", handle: `a-${n++}-${Date.now()}`, role: "ADMIN" } });
    const admin = { id: adminRow.id, handle: adminRow.handle, name: "A", role: "ADMIN" as const };
    expect(await setRole(admin, m.id, { role: "MODERATOR" })).toEqual({ ok: true, role: "MODERATOR" });
    expect(await setRole(admin, admin.id, { role: "MEMBER" })).toMatchObject({ ok: false, code: "invalid" });
    const asRoute = await call(patchRole, { method: "PATCH", cookie: await sessionCookie(admin.id), params: { id: m.id }, body: { role: "OWNER" } });
    expect(asRoute).toMatchObject({ status: 400, body: { fieldErrors: { role: ["Role must be MEMBER, MODERATOR or ADMIN."] } } });
    expect((await call(patchRole, { method: "PATCH", cookie: await sessionCookie(m.id), params: { id: m.id }, body: { role: "ADMIN" } })).status).toBe(403);
  });

  it("an OAuth identity maps to one user and never takes over an account by e-mail", async () => {
    const providerAccountId = `gh-${Date.now()}`;
    const first = await userForOAuth({ provider: "github", providerAccountId, name: "Octo Cat", email: null });
    const again = await userForOAuth({ provider: "github", providerAccountId, name: "Octo Cat", email: null });
    expect(first.ok && again.ok && first.user.id === again.user.id).toBe(true);
    const existing = await member("oauth");
    expect(await userForOAuth({ provider: "github", providerAccountId: `${providerAccountId}-2`, email: existing.email })).toEqual({
      ok: false,
      reason: "email-taken",
    });
  });
});
