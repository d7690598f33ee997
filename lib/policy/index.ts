// "May this viewer do this (to that)?" — the one place where roles (and, as the community
// sections arrive, ownership, trust and suspension) become permissions. Services call
// `authorize` before they write; pages call `can` to decide what to show. Pure: no database.
import type { Role } from "@/lib/generated/prisma/enums";
import { forbidden, unauthorized, type Failure } from "@/lib/errors";
import { forumRules, type ForumSubjects } from "./forum";

/** The facts about a viewer that rules read. */
export interface Actor {
  id: string;
  role: Role;
  /** Set while the member is silenced (may read, may not write). */
  silencedUntil?: Date | null;
}

const rank: Record<Role, number> = { MEMBER: 0, MODERATOR: 1, ADMIN: 2 };
export const hasRole = (actor: Actor | null, role: Role): boolean => !!actor && rank[actor.role] >= rank[role];

/** Staff act on those below them: moderators on members, administrators on members and moderators. */
const outranks = (actor: Actor, target: { id: string; role: Role }) => actor.id !== target.id && hasRole(actor, "MODERATOR") && rank[actor.role] > rank[target.role];

export interface Rule<Subject> {
  allow(actor: Actor, subject: Subject): boolean;
  /** What the viewer is told when the rule refuses. */
  denied: string;
}

/** Every action, with the subject its rule looks at (`void`: none). */
interface Subjects extends ForumSubjects {
  "admin.open": void;
  "user.set-role": { id: string };
  /** Suspend, silence or reinstate a member. */
  "member.restrict": { id: string; role: Role };
  "audit.read": void;
  "outbox.read": void;
}
export type Action = keyof Subjects;
/** Actions decided by the viewer alone (pages can require them before loading anything). */
export type ViewerAction = { [A in Action]: Subjects[A] extends void ? A : never }[Action];

const rules: { [A in Action]: Rule<Subjects[A]> } = {
  "admin.open": { allow: (actor) => hasRole(actor, "ADMIN"), denied: "Only administrators can open the administration pages." },
  "user.set-role": { allow: (actor) => hasRole(actor, "ADMIN"), denied: "Only administrators change roles." },
  "member.restrict": {
    allow: outranks,
    denied: "Moderators restrict members, administrators also moderators; nobody restricts themself or an administrator.",
  },
  "audit.read": { allow: (actor) => hasRole(actor, "MODERATOR"), denied: "Only moderators and administrators read the moderation log." },
  "outbox.read": { allow: (actor) => hasRole(actor, "ADMIN"), denied: "Only administrators see the outgoing mail." },
  ...forumRules,
};

type SubjectArgs<A extends Action> = Subjects[A] extends void ? [] : [subject: Subjects[A]];

export function can<A extends Action>(actor: Actor | null, action: A, ...[subject]: SubjectArgs<A>): boolean {
  return !!actor && rules[action].allow(actor, subject as Subjects[A]);
}

/** null when allowed; otherwise the failure to return (401 signed out, 403 refused). */
export function authorize<A extends Action>(actor: Actor | null, action: A, ...args: SubjectArgs<A>): Failure | null {
  if (!actor) return unauthorized();
  return can(actor, action, ...args) ? null : forbidden(rules[action].denied);
}
