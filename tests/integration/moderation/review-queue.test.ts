import { describe, expect, it } from "vitest";
import { db } from "@/lib/db/client.server";
import { decideReviewItem, listOpenReviewItems, openReviewItem } from "@/lib/moderation/review-queue.server";

const subject = () => `subject-${Date.now()}-${Math.random().toString(36).slice(2)}`;

describe("review queue", () => {
  it("opens one item per subject and kind, however often it is asked", async () => {
    const s = subject();
    const opened = await Promise.all(Array.from({ length: 5 }, () => db().$transaction((tx) => openReviewItem(tx, { kind: "FLAGGED_POST", subjectId: s, because: "spam" }))));
    expect(new Set(opened.map((o) => o.id)).size).toBe(1);
    expect(opened.filter((o) => o.created)).toHaveLength(1);
    expect(await db().reviewItem.count({ where: { subjectId: s, state: "OPEN" } })).toBe(1);
    // Another kind about the same subject is its own item.
    expect((await db().$transaction((tx) => openReviewItem(tx, { kind: "HELD_POST", subjectId: s, because: "first post" }))).created).toBe(true);
  });

  it("of two moderators deciding one item at once, exactly one wins; the other is told who did (409)", async () => {
    for (let round = 0; round < 5; round++) {
      const { id } = await db().$transaction((tx) => openReviewItem(tx, { kind: "FLAGGED_POST", subjectId: subject(), because: "off-topic" }));
      const [a, b] = await Promise.all(
        [{ id: "m1", name: "Moderator One" }, { id: "m2", name: "Moderator Two" }].map((actor, i) =>
          db().$transaction((tx) => decideReviewItem(tx, { itemId: id, actor, decision: i === 0 ? "hide" : "approve" })),
        ),
      );
      const outcomes = [a, b];
      expect(outcomes.filter((o) => !("ok" in o))).toHaveLength(1);
      const loser = outcomes.find((o) => "ok" in o) as unknown as { code: string; fieldErrors: { form: string[] } };
      expect(loser.code).toBe("conflict");
      expect(loser.fieldErrors.form[0]).toMatch(/^Moderator (One|Two) already decided this item \((hide|approve)\)/);
    }
  });

  it("a decided item leaves the open list; a new flag on the same subject opens a new item", async () => {
    const s = subject();
    const { id } = await db().$transaction((tx) => openReviewItem(tx, { kind: "FLAGGED_POST", subjectId: s, because: "spam" }));
    expect((await listOpenReviewItems({ kinds: ["FLAGGED_POST"], limit: 1000 })).items.map((i) => i.id)).toContain(id);
    await db().$transaction((tx) => decideReviewItem(tx, { itemId: id, actor: { id: "m", name: "M" }, decision: "approve" }));
    expect((await listOpenReviewItems({ kinds: ["FLAGGED_POST"], limit: 1000 })).items.map((i) => i.id)).not.toContain(id);
    expect((await db().$transaction((tx) => openReviewItem(tx, { kind: "FLAGGED_POST", subjectId: s, because: "again" }))).created).toBe(true);
    expect(await db().$transaction((tx) => decideReviewItem(tx, { itemId: "no-such-item", actor: { id: "m", name: "M" }, decision: "hide" }))).toMatchObject({ code: "not-found" });
  });
});
