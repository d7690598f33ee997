import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { recordEvent, type EventInput } from "@/lib/notifications/events.server";
import { fanOutPendingEvents } from "@/lib/notifications/fan-out.server";
import { listNotifications } from "@/lib/notifications/inbox.server";
import { applyDefaultWatch, setWatch, watchLevel } from "@/lib/notifications/watches.server";
import { createMember } from "../../support/members";

const uid = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

function reply(actorId: string, over: Partial<EventInput> = {}): EventInput {
  const thread = over.subject?.id ?? `t-${uid()}`;
  return {
    kind: "forum.reply",
    actorId,
    subject: { type: "thread", id: thread },
    parent: { type: "category", id: `c-${uid()}` },
    url: `/forum/t/${thread}#p2`,
    title: "A thread",
    excerpt: "Some reply",
    dedupeKey: `forum.reply:${uid()}`,
    ...over,
  };
}

const record = (input: EventInput) => db().$transaction((tx) => recordEvent(tx, input));
const toldOf = async (eventId: string) =>
  (await db().notification.findMany({ where: { eventId }, select: { userId: true, reason: true } })).map((n) => `${n.userId}:${n.reason}`).sort();

describe("fan-out", () => {
  it("tells exactly the right members for each watch level", async () => {
    const [actor, subjectWatcher, parentWatcher, tagWatcher, tracker, mutedThread, mutedParentButWatchingThread, mentionedButMuted, mentioned, suspended, bystander] = await Promise.all(
      ["actor", "sw", "pw", "tw", "tr", "mt", "mp", "mm", "mn", "su", "by"].map((t) => createMember(`fo-${t}`)),
    );
    const thread = { type: "thread" as const, id: `t-${uid()}` };
    const category = { type: "category" as const, id: `c-${uid()}` };
    const tag = `tag-${uid()}`;
    await setWatch(subjectWatcher!.id, thread, "WATCHING");
    await setWatch(parentWatcher!.id, category, "WATCHING");
    await setWatch(tagWatcher!.id, { type: "tag", id: tag }, "WATCHING");
    await setWatch(tracker!.id, thread, "TRACKING");
    await setWatch(tracker!.id, category, "WATCHING"); // the thread's own level (tracking) is the more specific
    await setWatch(mutedThread!.id, category, "WATCHING");
    await setWatch(mutedThread!.id, thread, "MUTED"); // muting the thread overrides watching its category
    await setWatch(mutedParentButWatchingThread!.id, category, "MUTED");
    await setWatch(mutedParentButWatchingThread!.id, thread, "WATCHING");
    await setWatch(mentionedButMuted!.id, thread, "MUTED");
    await setWatch(actor!.id, thread, "WATCHING");
    await setWatch(suspended!.id, thread, "WATCHING");
    await db().user.update({ where: { id: suspended!.id }, data: { suspendedUntil: new Date(Date.now() + 86_400_000) } });
    await setWatch(bystander!.id, { type: "thread", id: `other-${uid()}` }, "WATCHING");

    const eventId = await record(reply(actor!.id, { subject: thread, parent: category, tags: [tag], recipients: [mentioned!.id, mentionedButMuted!.id, subjectWatcher!.id, actor!.id] }));
    await fanOutPendingEvents();

    expect(await toldOf(eventId)).toEqual(
      [
        `${subjectWatcher!.id}:direct`, // both addressed and watching: one row, as addressed
        `${parentWatcher!.id}:watching`,
        `${tagWatcher!.id}:watching`,
        `${mutedParentButWatchingThread!.id}:watching`,
        `${mentioned!.id}:direct`,
      ].sort(),
    );
    expect((await db().event.findUniqueOrThrow({ where: { id: eventId } })).fannedOutAt).not.toBeNull();
  });

  it("tags: watching a tag tells of its subjects; a muted tag outranks a watched one unless the thread or category says otherwise", async () => {
    const [actor, mutedTag, mutedTagWatchingCategory] = await Promise.all(["actor", "mt", "mtc"].map((t) => createMember(`fo-tag-${t}`)));
    const [calm, loud] = [`calm-${uid()}`, `loud-${uid()}`];
    const category = { type: "category" as const, id: `c-${uid()}` };
    for (const m of [mutedTag!, mutedTagWatchingCategory!]) {
      await setWatch(m.id, { type: "tag", id: loud }, "WATCHING");
      await setWatch(m.id, { type: "tag", id: calm }, "MUTED");
    }
    await setWatch(mutedTagWatchingCategory!.id, category, "WATCHING");
    const eventId = await record(reply(actor!.id, { parent: category, tags: [loud, calm], recipients: [mutedTag!.id] }));
    await fanOutPendingEvents();
    expect(await toldOf(eventId)).toEqual([`${mutedTagWatchingCategory!.id}:watching`]);
  });

  it("run twice, or by several rounds at once, tells each member once", async () => {
    const [actor, ...watchers] = await Promise.all(Array.from({ length: 6 }, (_, i) => createMember(`fo-twice-${i}`)));
    const thread = { type: "thread" as const, id: `t-${uid()}` };
    for (const w of watchers) await setWatch(w.id, thread, "WATCHING");
    const ids = await Promise.all(Array.from({ length: 3 }, () => record(reply(actor!.id, { subject: thread }))));
    await Promise.all([fanOutPendingEvents(), fanOutPendingEvents(), fanOutPendingEvents()]);
    await fanOutPendingEvents();
    // A round that crashed after inserting but before marking the event would run it again: still once.
    await db().event.updateMany({ where: { id: { in: ids } }, data: { fannedOutAt: null } });
    await fanOutPendingEvents();
    for (const id of ids) expect(await db().notification.count({ where: { eventId: id } })).toBe(watchers.length);
  });

  it("batches reactions into one unread notification per post: '3 people reacted'", async () => {
    const [author, ...reactors] = await Promise.all(Array.from({ length: 4 }, (_, i) => createMember(`fo-react-${i}`)));
    const post = `post:${uid()}`;
    const thread = { type: "thread" as const, id: `t-${uid()}` };
    const react = (actorId: string) =>
      record({ kind: "forum.reaction", actorId, subject: thread, url: "/forum/t/1#p1", title: "A thread", recipients: [author!.id], sourceKey: post, dedupeKey: `forum.reaction:${post}:${actorId}` });
    await react(reactors[0]!.id);
    await react(reactors[1]!.id);
    await fanOutPendingEvents();
    await react(reactors[2]!.id);
    await react(reactors[2]!.id); // the same reaction recorded twice
    await fanOutPendingEvents();
    const rows = await db().notification.findMany({ where: { userId: author!.id } });
    expect(rows).toHaveLength(1);
    expect(rows[0]!.actorIds.sort()).toEqual(reactors.map((r) => r.id).sort());
    expect(rows[0]!.emailDueAt).toBeNull();
    expect((await listNotifications(author!.id, { limit: 5 })).items.map((i) => i.text)).toEqual(["3 people reacted to your post in “A thread”"]);
    // Once read, the next reaction starts a new batch.
    await db().notification.update({ where: { id: rows[0]!.id }, data: { readAt: new Date() } });
    await react((await createMember("fo-react-late")).id);
    await fanOutPendingEvents();
    expect(await db().notification.count({ where: { userId: author!.id, readAt: null } })).toBe(1);
  });

  it("applies the member's default level when they start or reply to a thread, never over their own choice", async () => {
    const m = await createMember("fo-default");
    const started = { type: "thread" as const, id: `t-${uid()}` };
    const replied = { type: "thread" as const, id: `t-${uid()}` };
    const chosen = { type: "thread" as const, id: `t-${uid()}` };
    await setWatch(m.id, chosen, "MUTED");
    await db().$transaction(async (tx) => {
      await applyDefaultWatch(tx, m.id, started, "created");
      await applyDefaultWatch(tx, m.id, replied, "replied");
      await applyDefaultWatch(tx, m.id, chosen, "replied");
    });
    expect([await watchLevel(m.id, started), await watchLevel(m.id, replied), await watchLevel(m.id, chosen)]).toEqual(["WATCHING", "TRACKING", "MUTED"]);
    await db().user.update({ where: { id: m.id }, data: { watchOnReply: null } });
    const other = { type: "thread" as const, id: `t-${uid()}` };
    await db().$transaction((tx) => applyDefaultWatch(tx, m.id, other, "replied"));
    expect(await watchLevel(m.id, other)).toBeNull();
  });
});
