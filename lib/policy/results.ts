// Who may submit, re-run and re-queue result checks.
import { hasRole, maySpeak, type Rules } from "./rule";

export interface ResultSubjects {
  /** Submit a result, reproduce one with other seeds, or ask for a re-check on the current version. */
  "result.submit": void;
  /** Force a re-run of a stored check (kept as history). */
  "result.rerun": void;
  /** See dead checks and put them back on the queue. */
  "check.requeue": void;
}

export const resultRules: Rules<ResultSubjects> = {
  "result.submit": { allow: (actor) => maySpeak(actor), denied: "Silenced members cannot submit results until the silence ends." },
  "result.rerun": { allow: (actor) => hasRole(actor, "MODERATOR"), denied: "Only moderators and administrators force a re-run." },
  "check.requeue": { allow: (actor) => hasRole(actor, "MODERATOR"), denied: "Only moderators and administrators re-queue dead checks." },
};
