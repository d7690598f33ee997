// Forum permissions (issue 10). Writing needs a member who is not silenced; members edit and
// delete only their own posts; the asker or a moderator accepts an answer; administrators manage
// categories. Hidden content (moderation, issue 11) is for staff to see.
// Type-only import: index.ts spreads these rules, so a runtime import back would be a cycle.
import type { Actor, Rule } from "./index";

const isStaff = (actor: Actor) => actor.role === "MODERATOR" || actor.role === "ADMIN";

/** Not silenced right now. */
const active = (actor: Actor) => !actor.silencedUntil || actor.silencedUntil.getTime() <= Date.now();
const SILENCED = "You are silenced for now: you can read, but not write.";

export interface ForumSubjects {
  "forum.post": void;
  "forum.tag.create": void;
  "forum.post.edit": { authorId: string | null };
  "forum.post.delete": { authorId: string | null };
  "forum.post.react": { authorId: string | null };
  "forum.answer.accept": { threadAuthorId: string | null };
  "forum.category.manage": void;
  "forum.hidden.read": void;
}

export const forumRules: { [A in keyof ForumSubjects]: Rule<ForumSubjects[A]> } = {
  "forum.post": { allow: active, denied: SILENCED },
  "forum.tag.create": { allow: active, denied: SILENCED },
  "forum.post.edit": { allow: (a, post) => active(a) && post.authorId === a.id, denied: "You can edit only your own posts (and not while silenced)." },
  "forum.post.delete": { allow: (a, post) => active(a) && post.authorId === a.id, denied: "You can delete only your own posts (and not while silenced)." },
  "forum.post.react": { allow: (a, post) => active(a) && post.authorId !== a.id, denied: "You cannot react to your own posts (nor while silenced)." },
  "forum.answer.accept": {
    allow: (a, t) => active(a) && (t.threadAuthorId === a.id || isStaff(a)),
    denied: "Only the asker or a moderator marks the accepted answer.",
  },
  "forum.category.manage": { allow: (a) => a.role === "ADMIN", denied: "Only administrators manage categories." },
  "forum.hidden.read": { allow: isStaff, denied: "Only moderators see hidden posts." },
};
