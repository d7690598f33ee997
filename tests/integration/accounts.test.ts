import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { authenticateWithPassword } from "@/lib/users/authenticate.server";
import { changePassword, deleteAccount } from "@/lib/users/account.server";
import { ensureAdmin } from "@/lib/users/ensure-admin.server";
import { userForOAuth } from "@/lib/users/oauth-user.server";
import { setRole } from "@/lib/admin/users.server";
import { POST as signUp } from "@/app/api/users/route";
import { POST as confirm } from "@/app/api/users/confirm/route";
import { POST as requestReset } from "@/app/api/password-resets/route";
import { POST as completeReset } from "@/app/api/password-resets/complete/route";
import { PATCH as patchAccount } from "@/app/api/account/route";
import { PATCH as patchRole } from "@/app/api/admin/users/[id]/route";
import { call, sessionCookie } from "../support/http";
import { linkIn, mailsTo, waitForMail } from "../support/mailbox";
import { createMember, PASSWORD, uniqueEmail } from "../support/members";
import { inject } from "vitest";

const sink = inject("sinkUrl");

describe("sign-up confirms the address before the account exists", () => {
  it("answers 202, mails a link, and creates the account (argon2id, verified) only when the link's button is pressed", async () => {
    const email = uniqueEmail("signup");
    const answer = await call(signUp, { body: { name: "Ada Lovelace", email, password: "engine-analytical-1843" } });
    expect(answer).toMatchObject({ status: 202, body: { message: expect.stringContaining(`Check your inbox at ${email}`) } });
    expect(await db().user.findUnique({ where: { email } })).toBeNull();

    const mail = await waitForMail(sink, email, (m) => m.subject.startsWith("Confirm your address"));
    const token = linkIn(mail, "/signup/confirm").searchParams.get("token")!;
    expect(await call(confirm, { body: { token } })).toMatchObject({ status: 201, body: { user: { handle: "ada-lovelace", email } } });
    const row = await db().user.findUniqueOrThrow({ where: { email } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(row.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await authenticateWithPassword({ email, password: "engine-analytical-1843" }, "10.9.0.1")).toMatchObject({ ok: true });
    // The link works once.
    expect((await call(confirm, { body: { token } })).status).toBe(404);
  });

  it("refuses malformed address and weak password with field errors, creating and sending nothing", async () => {
    const before = await db().pendingSignUp.count();
    const answer = await call(signUp, { body: { name: "", email: "nope", password: "1234567890" } });
    expect(answer.status).toBe(400);
    expect(Object.keys(answer.body.fieldErrors).sort()).toEqual(["email", "name", "password"]);
    expect(await db().pendingSignUp.count()).toBe(before);
  });
});

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one or an unknown address alike", async () => {
    const { email } = await createMember("signin");
    expect(await authenticateWithPassword({ email, password: PASSWORD }, "10.0.0.1")).toMatchObject({ ok: true });
    expect(await authenticateWithPassword({ email, password: "wrong-password" }, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
    expect(await authenticateWithPassword({ email: uniqueEmail("ghost"), password: PASSWORD }, "10.0.0.1")).toEqual({ ok: false, reason: "invalid" });
  });
});

describe("password reset by e-mail", () => {
  it("answers the same for any address, mails only an account, and the link sets the password once and ends sessions", async () => {
    const m = await createMember("reset");
    const unknown = uniqueEmail("nobody");
    const forKnown = await call(requestReset, { body: { email: m.email } });
    const forUnknown = await call(requestReset, { body: { email: unknown } });
    expect(forKnown.status).toBe(202);
    expect(forUnknown.status).toBe(202);
    expect(forUnknown.body.message.replace(unknown, "X")).toBe(forKnown.body.message.replace(m.email, "X"));

    const mail = await waitForMail(sink, m.email, (x) => x.subject === "Choose a new password");
    const token = linkIn(mail, "/reset-password").searchParams.get("token")!;
    const cookie = await sessionCookie(m.id);
    expect((await call(completeReset, { body: { token, newPassword: "short" } })).status).toBe(400);
    expect(await call(completeReset, { body: { token, newPassword: "brand-new-password-1" } })).toMatchObject({ status: 200 });
    expect((await call(completeReset, { body: { token, newPassword: "another-new-password-2" } })).status).toBe(404);
    expect(await authenticateWithPassword({ email: m.email, password: "brand-new-password-1" }, "10.9.1.1")).toMatchObject({ ok: true });
    expect((await call(patchAccount, { method: "PATCH", cookie, body: { name: "X", affiliation: "", bio: "" } })).status).toBe(401);
    expect(await mailsTo(sink, unknown)).toEqual([]);
  });
});

describe("account changes", () => {
  it("changing the password needs the current one and bumps the token version", async () => {
    const { id } = await createMember("pw");
    expect(await changePassword(id, { currentPassword: "wrong", newPassword: "new-password-123" }, null)).toMatchObject({ ok: false, code: "invalid" });
    const changed = await changePassword(id, { currentPassword: PASSWORD, newPassword: "new-password-123" }, null);
    expect(changed).toEqual({ ok: true, tokenVersion: 1 });
  });

  it("profiles: fields are trimmed; unknown fields, including a typed ORCID iD, are refused", async () => {
    const { id } = await createMember("profile");
    const cookie = await sessionCookie(id);
    const ok = await call(patchAccount, { method: "PATCH", cookie, body: { name: "X", affiliation: " Lab ", bio: "" } });
    expect(ok).toMatchObject({ status: 200, body: { profile: { affiliation: "Lab", bio: null } } });
    const typed = await call(patchAccount, { method: "PATCH", cookie, body: { name: "X", affiliation: "", bio: "", orcid: "0000-0002-1825-0097" } });
    expect(typed).toMatchObject({ status: 400, body: { fieldErrors: { form: [expect.stringContaining("linking your ORCID account")] } } });
    expect((await db().user.findUniqueOrThrow({ where: { id } })).orcid).toBeNull();
  });

  it("deleting one account needs the handle and leaves other accounts intact", async () => {
    const a = await createMember("del-a");
    const b = await createMember("del-b");
    expect(await deleteAccount(a.id, "not-my-handle")).toMatchObject({ ok: false, code: "invalid" });
    expect(await deleteAccount(a.id, a.handle)).toEqual({ ok: true });
    expect(await db().user.findUnique({ where: { id: a.id } })).toBeNull();
    expect(await db().user.findUnique({ where: { id: b.id } })).not.toBeNull();
  });
});

describe("roles and OAuth identities", () => {
  it("the admin seed is idempotent and promotes an existing account", async () => {
    const email = uniqueEmail("admin");
    expect(await ensureAdmin(db(), email, "admin-password-long")).toBe("created");
    expect(await ensureAdmin(db(), email, "admin-password-long")).toBe("unchanged");
    const m = await createMember("promote");
    expect(await ensureAdmin(db(), m.email)).toBe("promoted");
  });

  it("only administrators change roles, and not their own", async () => {
    const m = await createMember("role");
    expect(await setRole(m, m.id, { role: "ADMIN" })).toMatchObject({ ok: false, code: "forbidden" });
    const admin = await createMember("role-admin", "ADMIN");
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
    const existing = await createMember("oauth");
    expect(await userForOAuth({ provider: "github", providerAccountId: `${providerAccountId}-2`, email: existing.email })).toEqual({ ok: false, reason: "email-taken" });
  });
});
