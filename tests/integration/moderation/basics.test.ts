// Moderation that does not depend on the forum: the append-only audit log, suspending and
// silencing members, and what administrators see of outgoing mail.
import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { setRole } from "@/lib/admin/users.server";
import { authenticateWithPassword } from "@/lib/users/authenticate.server";
import { openSession, userForClaims } from "@/lib/auth/session-claims.server";
import { listAudit } from "@/lib/moderation/audit.server";
import { restrictMember } from "@/lib/moderation/restrictions.server";
import { deliverDueEmail, MAX_ATTEMPTS, queueEmail } from "@/lib/mail/outbox.server";
import { PUT as restrict, DELETE as lift } from "@/app/api/moderation/members/[id]/restriction/route";
import { POST as requeue } from "@/app/api/admin/outbox/[id]/requeue/route";
import { call, sessionCookie } from "../../support/http";
import { waitForMail } from "../../support/mailbox";
import { createMember, PASSWORD } from "../../support/members";

const sink = inject("sinkUrl");
const asViewer = (m: Awaited<ReturnType<typeof createMember>>) => ({ ...m, joinedAt: new Date(), silencedUntil: null });

describe("audit log", () => {
  it("records role changes with who, what, on whom and the change", async () => {
    const admin = await createMember("audit-admin", "ADMIN");
    const m = await createMember("audit-target");
    await setRole(admin, m.id, { role: "MODERATOR" });
    const { entries } = await listAudit({ targetId: m.id });
    expect(entries).toEqual([expect.objectContaining({ actorId: admin.id, actorName: admin.name, action: "user.set-role", targetType: "user", data: { from: "MEMBER", to: "MODERATOR" } })]);
  });

  it("is append-only: the database refuses to change, delete or truncate it", async () => {
    const admin = await createMember("audit-ro", "ADMIN");
    await setRole(admin, (await createMember("audit-ro-t")).id, { role: "MODERATOR" });
    const [entry] = (await listAudit({ actorId: admin.id })).entries;
    await expect(db().auditEntry.update({ where: { id: entry!.id }, data: { reason: "rewritten" } })).rejects.toThrow(/append-only/);
    await expect(db().auditEntry.delete({ where: { id: entry!.id } })).rejects.toThrow(/append-only/);
    await expect(db().$executeRawUnsafe('TRUNCATE "AuditEntry"')).rejects.toThrow(/append-only/);
    expect((await listAudit({ actorId: admin.id })).entries).toHaveLength(1);
  });
});

describe("suspension and silence", () => {
  it("a suspension ends the member's live sessions at once, refuses sign-in with its end, mails the reason and is audited", async () => {
    const mod = await createMember("susp-mod", "MODERATOR");
    const m = await createMember("susp-member");
    const sid = await openSession(m.id);
    expect(await userForClaims({ uid: m.id, tv: 0, sid })).not.toBeNull();
    const answer = await call(restrict, { method: "PUT", cookie: await sessionCookie(mod.id), params: { id: m.id }, body: { kind: "suspend", days: 3, reason: "Repeated personal attacks." } });
    expect(answer.status).toBe(200);
    expect(await userForClaims({ uid: m.id, tv: 0, sid })).toBeNull();
    expect(await userForClaims({ uid: m.id, tv: 1, sid: await openSession(m.id) })).toBeNull(); // even a fresh session, while suspended
    expect(await authenticateWithPassword({ email: m.email, password: PASSWORD }, "198.18.0.1")).toMatchObject({ ok: false, reason: "suspended", until: new Date(answer.body.until) });
    expect((await waitForMail(sink, m.email, (x) => x.subject === "Your account is suspended")).text).toContain("Repeated personal attacks.");
    expect((await listAudit({ targetId: m.id })).entries[0]).toMatchObject({ action: "user.suspend", reason: "Repeated personal attacks.", actorId: mod.id });
  });

  it("a suspension that has lapsed no longer refuses sign-in; lifting one early is audited", async () => {
    const mod = await createMember("lapse-mod", "MODERATOR");
    const m = await createMember("lapse-member");
    await restrictMember(asViewer(mod), m.id, { kind: "suspend", days: 1, reason: "Cool down." }, new Date(Date.now() - 2 * 86_400_000));
    expect(await authenticateWithPassword({ email: m.email, password: PASSWORD }, "198.18.0.2")).toMatchObject({ ok: true });
    await restrictMember(asViewer(mod), m.id, { kind: "suspend", days: 1, reason: "Again." });
    expect((await call(lift, { method: "DELETE", cookie: await sessionCookie(mod.id), params: { id: m.id }, body: { kind: "suspend" } })).status).toBe(204);
    expect(await authenticateWithPassword({ email: m.email, password: PASSWORD }, "198.18.0.3")).toMatchObject({ ok: true });
    expect((await listAudit({ targetId: m.id })).entries.map((e) => e.action)).toEqual(["user.unsuspend", "user.suspend", "user.suspend"]);
  });

  it("silence keeps the member signed in and marks the viewer read-only until it ends", async () => {
    const mod = await createMember("sil-mod", "MODERATOR");
    const m = await createMember("sil-member");
    const sid = await openSession(m.id);
    await restrictMember(asViewer(mod), m.id, { kind: "silence", days: 2, reason: "Off-topic flooding." });
    const viewer = await userForClaims({ uid: m.id, tv: 0, sid });
    expect(viewer?.silencedUntil?.getTime()).toBeGreaterThan(Date.now() + 86_400_000);
  });

  it("who may restrict whom: moderators members, administrators moderators too, nobody themself or an administrator", async () => {
    const [mod, otherMod, admin, otherAdmin, member] = [await createMember("p-mod", "MODERATOR"), await createMember("p-mod2", "MODERATOR"), await createMember("p-admin", "ADMIN"), await createMember("p-admin2", "ADMIN"), await createMember("p-member")];
    const body = { kind: "silence", days: 1, reason: "Testing permissions." };
    const attempt = async (actor: { id: string }, target: { id: string }) => (await call(restrict, { method: "PUT", cookie: await sessionCookie(actor.id), params: { id: target.id }, body })).status;
    expect(await attempt(mod, member)).toBe(200);
    expect(await attempt(mod, otherMod)).toBe(403);
    expect(await attempt(mod, admin)).toBe(403);
    expect(await attempt(mod, mod)).toBe(403);
    expect(await attempt(admin, otherMod)).toBe(200);
    expect(await attempt(admin, otherAdmin)).toBe(403);
    expect(await attempt(member, await createMember("p-victim"))).toBe(403);
  });

  it("bad input is a field error with nothing changed; an unknown member is a 404", async () => {
    const mod = await createMember("bad-mod", "MODERATOR");
    const m = await createMember("bad-member");
    const cookie = await sessionCookie(mod.id);
    for (const [body, field] of [
      [{ kind: "ban", days: 1, reason: "xyz" }, "kind"],
      [{ kind: "suspend", days: 0, reason: "xyz" }, "days"],
      [{ kind: "suspend", days: 3651, reason: "xyz" }, "days"],
      [{ kind: "suspend", days: 1.5, reason: "xyz" }, "days"],
      [{ kind: "suspend", days: 1, reason: " " }, "reason"],
    ] as const) {
      const answer = await call(restrict, { method: "PUT", cookie, params: { id: m.id }, body });
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(Object.keys(answer.body.fieldErrors)).toEqual([field]);
    }
    expect((await db().user.findUniqueOrThrow({ where: { id: m.id } })).suspendedUntil).toBeNull();
    expect((await call(restrict, { method: "PUT", cookie, params: { id: "no-such-member" }, body: { kind: "silence", days: 1, reason: "xyz" } })).status).toBe(404);
  });
});

describe("outgoing mail", () => {
  it("a failing SMTP server loses no message: it stays queued with the error, then failed after the last attempt, and an administrator can queue it again", async () => {
    const admin = await createMember("outbox-admin", "ADMIN");
    const saved = process.env.SMTP_URL;
    process.env.SMTP_URL = "smtp://127.0.0.1:9"; // nothing listens there
    try {
      const id = await queueEmail({ to: "nobody@test.example", subject: "Will not go", text: "t", html: "<p>t</p>" });
      await deliverDueEmail();
      const after = await db().outboundEmail.findUniqueOrThrow({ where: { id } });
      expect(after).toMatchObject({ status: "QUEUED", attempts: 1, lastError: expect.stringMatching(/ECONNREFUSED|connect/) });
      await db().outboundEmail.update({ where: { id }, data: { attempts: MAX_ATTEMPTS - 1, nextAttemptAt: new Date() } });
      await deliverDueEmail();
      expect((await db().outboundEmail.findUniqueOrThrow({ where: { id } })).status).toBe("FAILED");

      expect((await call(requeue, { cookie: await sessionCookie((await createMember("outbox-member")).id), params: { id } })).status).toBe(403);
      process.env.SMTP_URL = saved;
      expect((await call(requeue, { cookie: await sessionCookie(admin.id), params: { id } })).status).toBe(204);
      await waitForMail(sink, "nobody@test.example", (m) => m.subject === "Will not go");
      expect((await db().outboundEmail.findUniqueOrThrow({ where: { id } })).status).toBe("SENT");
      expect((await call(requeue, { cookie: await sessionCookie(admin.id), params: { id } })).status).toBe(400);
      expect((await listAudit({ targetId: id })).entries.map((e) => e.action)).toEqual(["email.requeue"]);
    } finally {
      process.env.SMTP_URL = saved;
    }
  });
});
