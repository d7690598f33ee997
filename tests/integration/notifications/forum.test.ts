// The forum's hooks into notifications, through its real routes: default watch levels on starting
// and replying, a reply with a mention told to the thread's watchers and to the member mentioned,
// e-mail with the post's math, and an edit cancelling mail that has not gone yet.
import { beforeAll, describe, expect, inject, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { deliverDueEmail } from "@/lib/mail/outbox.server";
import { sendDueNotificationMail } from "@/lib/notifications/mail.server";
import { watchLevel } from "@/lib/notifications/watches.server";
import { POST as postReply } from "@/app/api/forum/threads/[id]/posts/route";
import { PATCH as editPost } from "@/app/api/forum/posts/[id]/route";
import { PUT as putReaction } from "@/app/api/forum/posts/[id]/reactions/route";
import { call } from "../../support/http";
import { member, seedForum, startThread } from "../../support/forum";
import { waitForMail } from "../../support/mailbox";
import { allFannedOut } from "../../support/notifications";

const later = (ms: number) => new Date(Date.now() + ms);

describe("forum → notifications", () => {
  beforeAll(seedForum);

  it("starting and replying set the default levels; a reply tells the watchers and the mentioned, who is mailed the math", async () => {
    const [starter, replier, mentioned] = await Promise.all([member("nf-start"), member("nf-reply"), member("nf-ment")]);
    const thread = await startThread(starter);
    const subject = { type: "thread" as const, id: thread.threadId };
    expect(await watchLevel(starter.id, subject)).toBe("WATCHING");

    const answer = await call(postReply, { cookie: replier.cookie, params: { id: thread.threadId }, body: { source: `Indeed $\\eta < 2/\\lambda$, as @${mentioned.handle} showed.` } });
    expect(answer.status).toBe(201);
    expect(await watchLevel(replier.id, subject)).toBe("TRACKING");
    await allFannedOut();
    const told = await db().notification.findMany({ where: { event: { subjectId: thread.threadId, kind: { in: ["forum.reply", "forum.mention"] } } }, select: { userId: true, reason: true, event: { select: { kind: true } } } });
    expect(told.map((n) => `${n.userId === starter.id ? "starter" : n.userId === mentioned.id ? "mentioned" : "other"}:${n.event.kind}:${n.reason}`).sort()).toEqual([
      "mentioned:forum.mention:direct",
      "starter:forum.reply:watching",
    ]);

    await sendDueNotificationMail(later(11 * 60_000));
    await deliverDueEmail();
    const mail = await waitForMail(inject("sinkUrl"), mentioned.email);
    expect(mail.subject).toContain("mentioned you in “Why does the edge of stability appear?”");
    expect(mail.html).toContain('class="katex"');
    expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  });

  it("an edit of the post cancels the mail its mention would have sent", async () => {
    const [starter, replier, mentioned] = await Promise.all([member("nf-s2"), member("nf-r2"), member("nf-m2")]);
    const thread = await startThread(starter);
    const posted = await call(postReply, { cookie: replier.cookie, params: { id: thread.threadId }, body: { source: `Ping @${mentioned.handle}` } });
    await allFannedOut();
    expect(await db().notification.count({ where: { userId: mentioned.id, emailDueAt: { not: null } } })).toBe(1);
    const edited = await call(editPost, { method: "PATCH", cookie: replier.cookie, params: { id: posted.body.postId }, body: { source: `Ping @${mentioned.handle}, corrected`, baseRevision: 1 } });
    expect(edited.status).toBe(200);
    await sendDueNotificationMail(later(11 * 60_000));
    expect(await db().outboundEmail.count({ where: { to: mentioned.email } })).toBe(0);
    // The notification itself stays in the inbox.
    expect(await db().notification.count({ where: { userId: mentioned.id } })).toBe(1);
  });

  it("reactions to a post reach its author as one batched notification, never the reactors themselves", async () => {
    const [author, a, b] = await Promise.all([member("nf-auth"), member("nf-ra"), member("nf-rb")]);
    const thread = await startThread(author);
    for (const [who, kind] of [[a, "LIKE"], [b, "INSIGHTFUL"], [a, "INSIGHTFUL"]] as const) {
      expect((await call(putReaction, { method: "PUT", cookie: who.cookie, params: { id: thread.postId }, body: { kind } })).status).toBe(200);
    }
    await allFannedOut();
    const rows = await db().notification.findMany({ where: { event: { subjectId: thread.threadId, kind: "forum.reaction" } }, select: { userId: true, actorIds: true } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.userId).toBe(author.id);
    expect([...new Set(rows[0]!.actorIds)].sort()).toEqual([a.id, b.id].sort());
  });
});
