import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { recordEvent } from "@/lib/notifications/events.server";
import { setWatch, watchLevel, watcherCount } from "@/lib/notifications/watches.server";
import { createMember } from "../../support/members";

const id = () => `s-${Date.now()}-${Math.random().toString(36).slice(2)}`;

describe("notifications seam", () => {
  it("records an event once per dedupe key, even when recorded concurrently, and never addresses its actor", async () => {
    const [actor, other] = await Promise.all([createMember("ev-a"), createMember("ev-b")]);
    const key = `forum.reply:${id()}`;
    const input = {
      kind: "forum.reply" as const,
      actorId: actor.id,
      subject: { type: "thread" as const, id: id() },
      parent: { type: "category" as const, id: "general" },
      url: "/forum/t/1/x#p2",
      title: "A thread",
      excerpt: `${"word ".repeat(100)}`,
      recipients: [other.id, actor.id, other.id],
      dedupeKey: key,
    };
    const ids = await Promise.all(Array.from({ length: 4 }, () => db().$transaction((tx) => recordEvent(tx, input))));
    expect(new Set(ids).size).toBe(1);
    const stored = await db().event.findMany({ where: { dedupeKey: key } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.recipientIds).toEqual([other.id]);
    expect(stored[0]!.excerpt!.length).toBeLessThanOrEqual(280);
    expect(stored[0]!.parentId).toBe("general");
  });

  it("an event recorded in a transaction that rolls back does not exist", async () => {
    const key = `forum.thread:${id()}`;
    await expect(
      db().$transaction(async (tx) => {
        await recordEvent(tx, { kind: "forum.thread", actorId: null, subject: { type: "thread", id: id() }, url: "/forum", title: "t", dedupeKey: key });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await db().event.count({ where: { dedupeKey: key } })).toBe(0);
  });

  it("sets, changes and clears a watch level; counts watchers", async () => {
    const [a, b] = await Promise.all([createMember("w-a"), createMember("w-b")]);
    const subject = { type: "problem" as const, id: id() };
    expect(await watchLevel(a.id, subject)).toBeNull();
    await setWatch(a.id, subject, "WATCHING");
    await setWatch(a.id, subject, "WATCHING");
    await setWatch(b.id, subject, "TRACKING");
    expect(await watcherCount(subject)).toBe(1);
    await setWatch(b.id, subject, "WATCHING");
    expect(await watcherCount(subject)).toBe(2);
    await setWatch(a.id, subject, null);
    expect(await watchLevel(a.id, subject)).toBeNull();
    expect(await watcherCount(subject)).toBe(1);
  });
});
