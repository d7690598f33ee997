// Forum permissions (issue 10). Writing needs a member who is not silenced; members edit and
// delete only their own posts; the asker or a moderator accepts an answer; administrators manage
// categories. Hidden content (moderation, issue 11) is for staff to see.
import { hasRole, maySpeak, type Actor, type Rules } from "./rule";

const isStaff = (actor: Actor) => hasRole(actor, "MODERATOR");
const active = (actor: Actor) => maySpeak(actor);
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

export const forumRules: Rules<ForumSubjects> = {
  "forum.post": { allow: active, denied: SILENCED },
  "forum.tag.create": { allow: active, denied: SILENCED },
  "forum.post.edit": { allow: (a, post) => active(a) && post.authorId === a.id, denied: "You can edit only your own posts (and not while silenced)." },
  "forum.post.delete": { allow: (a, post) => active(a) && post.authorId === a.id, denied: "You can delete only your own posts (and not while silenced)." },
  "forum.post.react": { allow: (a, post) => active(a) && post.authorId !== a.id, denied: "You cannot react to your own posts (nor while silenced)." },
  "forum.answer.accept": {
    allow: (a, t) => active(a) && (t.threadAuthorId === a.id || isStaff(a)),
    denied: "Only the asker or a moderator marks the accepted answer.",
  },
  "forum.category.manage": { allow: (a) => hasRole(a, "ADMIN"), denied: "Only administrators manage categories." },
  "forum.hidden.read": { allow: isStaff, denied: "Only moderators see hidden posts." },
};
