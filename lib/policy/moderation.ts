// Moderation of forum content (issue 11): flagging is for members, acting on posts and threads is
// for staff, and a locked thread takes replies from staff only.
import { hasRole, maySpeak, type Rules } from "./rule";

export interface ModerationSubjects {
  "post.flag": { authorId: string | null };
  /** Hide, restore, approve held posts and decide flagged ones. */
  "post.moderate": void;
  /** Lock, pin, move and retitle threads. */
  "thread.moderate": void;
  "thread.reply": { lockedAt: Date | null };
  "review.read": void;
}

export const moderationRules: Rules<ModerationSubjects> = {
  "post.flag": { allow: (a, post) => maySpeak(a) && post.authorId !== a.id, denied: "You cannot flag your own posts (nor flag while silenced)." },
  "post.moderate": { allow: (a) => hasRole(a, "MODERATOR"), denied: "Only moderators hide, restore and approve posts." },
  "thread.moderate": { allow: (a) => hasRole(a, "MODERATOR"), denied: "Only moderators lock, pin, move and retitle threads." },
  "thread.reply": { allow: (a, t) => maySpeak(a) && (!t.lockedAt || hasRole(a, "MODERATOR")), denied: "This thread is locked: only moderators can post in it." },
  "review.read": { allow: (a) => hasRole(a, "MODERATOR"), denied: "Only moderators and administrators open the review queue." },
};
