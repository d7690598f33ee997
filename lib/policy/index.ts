// "May this viewer do this (to that)?" — the one place where roles, ownership, trust and
// restrictions become permissions. Services call `authorize` before they write; pages call `can`
// to decide what to show. Pure: no database. Each domain keeps its rules in its own file here
// (accounts.ts, forum.ts, …) and adds them to `Subjects` and `rules` below.
import { forbidden, unauthorized, type Failure } from "@/lib/errors";
import { accountRules, type AccountSubjects } from "./accounts";
import { forumRules, type ForumSubjects } from "./forum";
import { moderationRules, type ModerationSubjects } from "./moderation";
import { resultRules, type ResultSubjects } from "./results";
import { notificationRules, type NotificationSubjects } from "./notifications";
import { problemRules, type ProblemSubjects } from "./problems";
import type { Actor, Rules } from "./rule";

export { hasRole, maySpeak, type Actor } from "./rule";

/** Every action, with the subject its rule looks at (`void`: none). */
type Subjects = AccountSubjects & ForumSubjects & ModerationSubjects & ResultSubjects & NotificationSubjects & ProblemSubjects;
const rules: Rules<Subjects> = { ...accountRules, ...forumRules, ...moderationRules, ...resultRules, ...notificationRules, ...problemRules };

export type Action = keyof Subjects;
/** Actions decided by the viewer alone (pages can require them before loading anything). */
export type ViewerAction = { [A in Action]: Subjects[A] extends void ? A : never }[Action];

type SubjectArgs<A extends Action> = Subjects[A] extends void ? [] : [subject: Subjects[A]];

export function can<A extends Action>(actor: Actor | null, action: A, ...[subject]: SubjectArgs<A>): boolean {
  return !!actor && (rules[action] as Rules<Subjects>[A]).allow(actor, subject as Subjects[A]);
}

/** null when allowed; otherwise the failure to return (401 signed out, 403 refused). */
export function authorize<A extends Action>(actor: Actor | null, action: A, ...args: SubjectArgs<A>): Failure | null {
  if (!actor) return unauthorized();
  return can(actor, action, ...args) ? null : forbidden(rules[action].denied);
}
