import { describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { deliverDueEmail } from "@/lib/mail/outbox.server";
import { renderUserMarkdown } from "@/lib/markdown";
import { recordEvent, type EventInput } from "@/lib/notifications/events.server";
import { fanOutPendingEvents } from "@/lib/notifications/fan-out.server";
import { cancelPendingMailFor, sendDueDigests, sendDueNotificationMail } from "@/lib/notifications/mail.server";
import { setWatch } from "@/lib/notifications/watches.server";
import { waitForMail } from "../../support/mailbox";
import { createMember } from "../../support/members";

const uid = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
const MINUTE = 60_000;
const later = (ms: number) => new Date(Date.now() + ms);
const queuedTo = (email: string) => db().outboundEmail.findMany({ where: { to: email }, orderBy: { createdAt: "asc" } });

async function mention(actorId: string, recipientId: string, over: Partial<EventInput> = {}) {
  const thread = `t-${uid()}`;
  const eventId = await db().$transaction((tx) =>
    recordEvent(tx, { kind: "forum.mention", actorId, subject: { type: "thread", id: thread }, url: `/forum/t/${thread}#p2`, title: "Euler", excerpt: "Look at this", recipients: [recipientId], dedupeKey: `m:${uid()}`, ...over }),
  );
  await fanOutPendingEvents();
  return eventId;
}

describe("notification e-mail", () => {
  it("an immediate member is mailed a mention after the delay, with the post's math, a plain-text part and one-click unsubscribe", async () => {
    const [actor, me] = await Promise.all([createMember("ml-a"), createMember("ml-me")]);
    const cooked = await renderUserMarkdown(`Look: $e^{i\\pi}+1=0$, @${me.handle}`, { knownHandles: [me.handle] });
    await mention(actor.id, me.id, { bodyHtml: cooked.html, excerpt: cooked.text });

    await sendDueNotificationMail(later(9 * MINUTE));
    expect(await queuedTo(me.email)).toHaveLength(0); // the default delay is 10 minutes
    await sendDueNotificationMail(later(11 * MINUTE));
    await sendDueNotificationMail(later(12 * MINUTE)); // a second round sends nothing more
    expect(await queuedTo(me.email)).toHaveLength(1);
    await deliverDueEmail();

    const mail = await waitForMail(inject("sinkUrl"), me.email);
    expect(mail.subject).toBe("Member ml-a mentioned you in “Euler”");
    expect(mail.html).toContain('class="katex"');
    expect(mail.html).toContain("<math");
    expect(mail.text).toContain("Look:");
    expect(mail.text).toContain("/forum/t/");
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
    expect(mail.headers["list-unsubscribe"]).toMatch(/^<http:\/\/localhost:3000\/api\/unsubscribe\?token=/);
    expect(mail.html).toContain("/unsubscribe?token=");
  });

  it("reading it on the site, or an edit of the source, cancels the pending mail", async () => {
    const [actor, reader, editedFor] = await Promise.all([createMember("ml-b"), createMember("ml-read"), createMember("ml-edit")]);
    await mention(actor.id, reader.id);
    await db().notification.updateMany({ where: { userId: reader.id }, data: { readAt: new Date() } });
    const source = `post:${uid()}`;
    await mention(actor.id, editedFor.id, { sourceKey: source });
    expect(await db().$transaction((tx) => cancelPendingMailFor(tx, source))).toBe(1);
    await sendDueNotificationMail(later(11 * MINUTE));
    expect(await queuedTo(reader.email)).toHaveLength(0);
    expect(await queuedTo(editedFor.email)).toHaveLength(0);
  });

  it("an unverified address, a 'never' member and a mere watcher get no immediate mail", async () => {
    const [actor, unverified, never, watcher] = await Promise.all([createMember("ml-c"), createMember("ml-unv"), createMember("ml-never"), createMember("ml-watch")]);
    await db().user.update({ where: { id: unverified.id }, data: { emailVerifiedAt: null } });
    await db().user.update({ where: { id: never.id }, data: { emailNotifications: "NEVER" } });
    const thread = { type: "thread" as const, id: `t-${uid()}` };
    await setWatch(watcher.id, thread, "WATCHING");
    await mention(actor.id, unverified.id, { subject: thread, kind: "forum.reply" }); // a reply to the unverified member, on a thread the watcher watches
    await mention(actor.id, never.id);
    // Changing one's mind after the fan-out counts too: the setting is read again when sending.
    const late = await createMember("ml-late");
    await mention(actor.id, late.id);
    await db().user.update({ where: { id: late.id }, data: { emailNotifications: "NEVER" } });
    await sendDueNotificationMail(later(11 * MINUTE));
    for (const m of [unverified, never, watcher, late]) expect(await queuedTo(m.email), m.email).toHaveLength(0);
    expect(await db().notification.count({ where: { userId: { in: [unverified.id, never.id, watcher.id, late.id] } } })).toBe(4);
  });

  it("a daily member gets one digest a day, grouped by subject, sent once even when two rounds run at once", async () => {
    const [actor, me] = await Promise.all([createMember("ml-d"), createMember("ml-daily")]);
    await db().user.update({ where: { id: me.id }, data: { emailNotifications: "DAILY" } });
    const [a, b] = [{ type: "thread" as const, id: `t-${uid()}` }, { type: "problem" as const, id: `p-${uid()}` }];
    await mention(actor.id, me.id, { subject: a, title: "Thread A" });
    await mention(actor.id, me.id, { subject: a, title: "Thread A", kind: "forum.quote" });
    await mention(actor.id, me.id, { subject: b, title: "Problem B", kind: "problem.status" });
    const read = await mention(actor.id, me.id, { title: "Already read" });
    await db().notification.updateMany({ where: { eventId: read }, data: { readAt: new Date() } });
    expect(await db().notification.count({ where: { userId: me.id, emailDueAt: { not: null } } })).toBe(0); // digest members get no immediate mail

    const now = new Date();
    await Promise.all([sendDueDigests(now), sendDueDigests(now)]);
    await sendDueDigests(later(MINUTE));
    const digests = await queuedTo(me.email);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.subject).toMatch(/3 new notifications in 2 topics$/);
    expect(digests[0]!.text.indexOf("== Thread A ==")).toBeLessThan(digests[0]!.text.indexOf("== Problem B =="));
    expect(digests[0]!.text.match(/^- /gm)).toHaveLength(3);
    expect(digests[0]!.text).not.toContain("Already read");
    expect((digests[0]!.headers as Record<string, string>)["List-Unsubscribe-Post"]).toBe("List-Unsubscribe=One-Click");

    // The next day's digest holds only what came since.
    await mention(actor.id, me.id, { title: "Tomorrow" });
    await sendDueDigests(later(25 * 3600_000));
    const after = await queuedTo(me.email);
    expect(after).toHaveLength(2);
    expect(after[1]!.subject).toMatch(/1 new notification in 1 topic$/);
  });
});
