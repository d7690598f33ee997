// The forum's permission rules, each with the actors it admits and refuses.
import { describe, expect, it } from "vitest";
import { authorize, can } from "@/lib/policy";

const member = { id: "m", role: "MEMBER" as const };
const other = { id: "o", role: "MEMBER" as const };
const mod = { id: "mod", role: "MODERATOR" as const };
const admin = { id: "a", role: "ADMIN" as const };
const silenced = { ...member, silencedUntil: new Date(Date.now() + 86_400_000) };
const lapsed = { ...member, silencedUntil: new Date(Date.now() - 1000) };

describe("forum rules", () => {
  it("writing needs a member who is not silenced (a lapsed silence counts as none)", () => {
    expect([member, mod, lapsed].map((a) => can(a, "forum.post"))).toEqual([true, true, true]);
    expect(can(silenced, "forum.post")).toBe(false);
    expect(can(silenced, "forum.tag.create")).toBe(false);
    expect(can(null, "forum.post")).toBe(false);
    expect(authorize(null, "forum.post")).toMatchObject({ code: "unauthorized" });
    expect(authorize(silenced, "forum.post")).toMatchObject({ code: "forbidden" });
  });

  it("members edit and delete only their own posts; not even moderators edit others' words", () => {
    const own = { authorId: "m" };
    expect(can(member, "forum.post.edit", own)).toBe(true);
    expect(can(other, "forum.post.edit", own)).toBe(false);
    expect(can(mod, "forum.post.edit", own)).toBe(false);
    expect(can(member, "forum.post.delete", own)).toBe(true);
    expect(can(other, "forum.post.delete", own)).toBe(false);
    expect(can(silenced, "forum.post.edit", own)).toBe(false);
    expect(can(member, "forum.post.edit", { authorId: null })).toBe(false);
  });

  it("reactions go to others' posts", () => {
    expect(can(other, "forum.post.react", { authorId: "m" })).toBe(true);
    expect(can(member, "forum.post.react", { authorId: "m" })).toBe(false);
    expect(can(silenced, "forum.post.react", { authorId: "o" })).toBe(false);
  });

  it("the asker or a moderator accepts an answer", () => {
    const question = { threadAuthorId: "m" };
    expect(can(member, "forum.answer.accept", question)).toBe(true);
    expect(can(other, "forum.answer.accept", question)).toBe(false);
    expect(can(mod, "forum.answer.accept", question)).toBe(true);
    expect(can(admin, "forum.answer.accept", question)).toBe(true);
  });

  it("administrators manage categories; staff see hidden posts", () => {
    expect([member, mod, admin].map((a) => can(a, "forum.category.manage"))).toEqual([false, false, true]);
    expect([member, mod, admin].map((a) => can(a, "forum.hidden.read"))).toEqual([false, true, true]);
  });
});
