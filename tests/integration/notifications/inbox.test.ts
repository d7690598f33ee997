import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { recordEvent } from "@/lib/notifications/events.server";
import { fanOutPendingEvents } from "@/lib/notifications/fan-out.server";
import { watchLevel } from "@/lib/notifications/watches.server";
import { GET as list } from "@/app/api/notifications/route";
import { GET as unread } from "@/app/api/notifications/unread-count/route";
import { POST as read } from "@/app/api/notifications/read/route";
import { PUT as watch } from "@/app/api/watches/route";
import { PATCH as watchDefaults } from "@/app/api/account/watch-defaults/route";
import { PATCH as setRole } from "@/app/api/admin/users/[id]/route";
import { call, sessionCookie } from "../../support/http";
import { createMember } from "../../support/members";
import { allFannedOut } from "../../support/notifications";

const uid = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

async function notify(actorId: string, recipientId: string, n: number) {
  for (let i = 0; i < n; i++) {
    await db().$transaction((tx) =>
      recordEvent(tx, { kind: "forum.mention", actorId, subject: { type: "thread", id: `t-${uid()}` }, url: `/forum/t/${i}#p1`, title: `Thread ${i}`, recipients: [recipientId], dedupeKey: `m:${uid()}` }),
    );
  }
  await fanOutPendingEvents();
}

describe("inbox", () => {
  it("counts unread, pages newest first by keyset, marks one and all read (only one's own)", async () => {
    const [actor, me, other] = await Promise.all([createMember("in-a"), createMember("in-me"), createMember("in-o")]);
    await notify(actor.id, me.id, 5);
    await notify(actor.id, other.id, 1);
    const cookie = await sessionCookie(me.id);
    expect((await call(unread, { method: "GET", cookie })).body).toEqual({ unread: 5 });

    const first = await call(list, { method: "GET", cookie, path: "/api/notifications?limit=2" });
    expect(first.status).toBe(200);
    expect(first.body.items.map((i: { title: string }) => i.title)).toEqual(["Thread 4", "Thread 3"]);
    expect(first.body.items[0].text).toBe(`Member in-a mentioned you in “Thread 4”`);
    const second = await call(list, { method: "GET", cookie, path: `/api/notifications?limit=2&before=${first.body.nextBefore}` });
    const third = await call(list, { method: "GET", cookie, path: `/api/notifications?limit=2&before=${second.body.nextBefore}` });
    expect([...second.body.items, ...third.body.items].map((i: { title: string }) => i.title)).toEqual(["Thread 2", "Thread 1", "Thread 0"]);
    expect(third.body.nextBefore).toBeNull();
    expect((await call(list, { method: "GET", cookie, path: "/api/notifications?before=junk" })).status).toBe(400);

    const othersId = (await db().notification.findFirstOrThrow({ where: { userId: other.id } })).id;
    const answer = await call(read, { cookie, body: { ids: [first.body.items[0].id, othersId] } });
    expect(answer.body).toEqual({ unread: 4 });
    expect(await db().notification.count({ where: { userId: other.id, readAt: null } })).toBe(1);
    expect((await call(read, { cookie, body: { ids: [] } })).status).toBe(400);
    expect((await call(read, { cookie, body: { all: false } })).status).toBe(400);
    expect((await call(read, { cookie, body: { all: true } })).body).toEqual({ unread: 0 });
    expect(await call(unread, { method: "GET" })).toMatchObject({ status: 200, body: { unread: null } });
    expect((await call(list, { method: "GET" })).status).toBe(401);
  });

  it("PUT /api/watches sets any watchable subject's level for the viewer; bad subjects and levels are field errors", async () => {
    const me = await createMember("in-watch");
    const cookie = await sessionCookie(me.id);
    const subject = { type: "category", id: `c-${uid()}` } as const;
    expect((await call(watch, { method: "PUT", cookie, body: { subject, level: "WATCHING" } })).status).toBe(200);
    expect(await watchLevel(me.id, subject)).toBe("WATCHING");
    expect((await call(watch, { method: "PUT", cookie, body: { subject, level: "NORMAL" } })).status).toBe(200);
    expect(await watchLevel(me.id, subject)).toBeNull();
    const bad = await call(watch, { method: "PUT", cookie, body: { subject: { type: "user", id: me.id }, level: "WATCHING" } });
    expect(bad.status).toBe(400);
    expect(Object.keys(bad.body.fieldErrors)).toEqual(["subject.type"]);
    expect((await call(watch, { method: "PUT", cookie, body: { subject, level: "LOUD" } })).body.fieldErrors).toHaveProperty("level");
    expect((await call(watch, { method: "PUT", body: { subject, level: "MUTED" } })).status).toBe(401);
    expect(await db().watch.count({ where: { userId: me.id } })).toBe(0);
  });

  it("the account's default levels are stored, NORMAL as none", async () => {
    const me = await createMember("in-defaults");
    const cookie = await sessionCookie(me.id);
    expect((await call(watchDefaults, { method: "PATCH", cookie, body: { watchOnCreate: "TRACKING", watchOnReply: "NORMAL" } })).status).toBe(200);
    expect(await db().user.findUniqueOrThrow({ where: { id: me.id }, select: { watchOnCreate: true, watchOnReply: true } })).toEqual({ watchOnCreate: "TRACKING", watchOnReply: null });
    expect((await call(watchDefaults, { method: "PATCH", cookie, body: { watchOnCreate: "MUTED", watchOnReply: "NORMAL" } })).status).toBe(400);
  });

  it("a role change tells the member, after the response", async () => {
    const [admin, member] = await Promise.all([createMember("in-admin", "ADMIN"), createMember("in-role")]);
    const answer = await call(setRole, { method: "PATCH", cookie: await sessionCookie(admin.id), params: { id: member.id }, body: { role: "MODERATOR" } });
    expect(answer.status).toBe(200);
    await allFannedOut(); // afterResponse started a round; waiting for it makes the test independent of its timing
    const mine = await call(list, { method: "GET", cookie: await sessionCookie(member.id) });
    expect(mine.body.items.map((i: { text: string; url: string }) => [i.text, i.url])).toEqual([["Member in-admin: Your role is now moderator", "/account"]]);
  });
});
