// Who may submit, re-run and re-queue result checks (wired into lib/policy/index.ts).
import type { Actor } from "./index";

const rank = { MEMBER: 0, MODERATOR: 1, ADMIN: 2 } as const;
const isStaff = (actor: Actor) => rank[actor.role] >= rank.MODERATOR;
const mayWrite = (actor: Actor) => !actor.silencedUntil || actor.silencedUntil.getTime() <= Date.now();

export interface ResultSubjects {
  /** Submit a result, reproduce one with other seeds, or ask for a re-check on the current version. */
  "result.submit": void;
  /** Force a re-run of a stored check (kept as history). */
  "result.rerun": void;
  /** See dead checks and put them back on the queue. */
  "check.requeue": void;
}

export const resultRules: { [A in keyof ResultSubjects]: { allow(actor: Actor, subject: ResultSubjects[A]): boolean; denied: string } } = {
  "result.submit": { allow: mayWrite, denied: "Silenced members cannot submit results until the silence ends." },
  "result.rerun": { allow: isStaff, denied: "Only moderators and administrators force a re-run." },
  "check.requeue": { allow: isStaff, denied: "Only moderators and administrators re-queue dead checks." },
};
