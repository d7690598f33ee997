// Rules about accounts and staff tools: roles, restrictions, the log and the outbox.
import type { Role } from "@/lib/generated/prisma/enums";
import { hasRole, outranks, type Rules } from "./rule";

export interface AccountSubjects {
  "admin.open": void;
  "user.set-role": { id: string };
  /** Suspend, silence or reinstate a member. */
  "member.restrict": { id: string; role: Role };
  "audit.read": void;
  "outbox.read": void;
}

export const accountRules: Rules<AccountSubjects> = {
  "admin.open": { allow: (actor) => hasRole(actor, "ADMIN"), denied: "Only administrators can open the administration pages." },
  "user.set-role": { allow: (actor) => hasRole(actor, "ADMIN"), denied: "Only administrators change roles." },
  "member.restrict": {
    allow: outranks,
    denied: "Moderators restrict members, administrators also moderators; nobody restricts themself or an administrator.",
  },
  "audit.read": { allow: (actor) => hasRole(actor, "MODERATOR"), denied: "Only moderators and administrators read the moderation log." },
  "outbox.read": { allow: (actor) => hasRole(actor, "ADMIN"), denied: "Only administrators see the outgoing mail." },
};
