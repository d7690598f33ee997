// The vocabulary every policy file shares: who acts (Actor), role ranks, and the shape of a rule.
import type { Role } from "@/lib/generated/prisma/enums";

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
export const outranks = (actor: Actor, target: { id: string; role: Role }) => actor.id !== target.id && hasRole(actor, "MODERATOR") && rank[actor.role] > rank[target.role];

/** A silenced member may read but not write anything others see. */
export const maySpeak = (actor: Actor, now = new Date()) => !actor.silencedUntil || actor.silencedUntil <= now;

export interface Rule<Subject> {
  allow(actor: Actor, subject: Subject): boolean;
  /** What the viewer is told when the rule refuses. */
  denied: string;
}

export type Rules<Subjects> = { [A in keyof Subjects]: Rule<Subjects[A]> };
