// Rules of the open-problems tracker: members propose (status changes, new questions, edits),
// moderators decide and may change a status directly; silenced members propose nothing.
import { hasRole, maySpeak, type Rules } from "./rule";

export interface ProblemSubjects {
  /** Propose a status change, a new question or an edit. */
  "problem.propose": void;
  /** Change a status at once (with evidence), without a proposal; audited. */
  "problem.change-status": void;
  /** Accept, reject or merge proposals from the review queue. */
  "problem.review": void;
  "problem.watch": void;
}

export const problemRules: Rules<ProblemSubjects> = {
  "problem.propose": { allow: (actor) => maySpeak(actor), denied: "Silenced members cannot propose changes to the open problems until the silence ends." },
  "problem.change-status": { allow: (actor) => hasRole(actor, "MODERATOR") && maySpeak(actor), denied: "Only moderators change a problem's status directly; members propose a change for review." },
  "problem.review": { allow: (actor) => hasRole(actor, "MODERATOR"), denied: "Only moderators decide proposals about open problems." },
  "problem.watch": { allow: () => true, denied: "Sign in to watch a problem." },
};
