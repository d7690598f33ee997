// Named limits. A rule counts events per subject (an account, an address, or both) in a
// sliding window; the numbers live here so that docs, messages and tests read the same ones.
// An operator can change any of them with RATE_LIMITS="name=limit/seconds,…" (e.g. a workshop
// where thirty people sign up from one network: RATE_LIMITS="sign-up:ip=100/3600").
import { ConfigError } from "@/lib/config-error";
import { readEnv } from "@/lib/env.server";

export interface RateRule {
  /** Prefix of the counter key: one name per kind of action. */
  name: string;
  limit: number;
  windowSeconds: number;
  /** Told to the client with the wait, e.g. "You are posting too fast." */
  message: string;
}

const TOO_MANY_SIGN_INS = "Too many failed sign-in attempts.";

const defaults = {
  // Password guesses. Only failures stay counted (a right password gives its attempt back).
  // Per address: a university's NAT puts many researchers behind one address, so it is higher.
  signInPerAddress: { name: "sign-in:ip", limit: 30, windowSeconds: 900, message: TOO_MANY_SIGN_INS },
  // One account from one address: the usual guessing attack, stopped without locking the owner
  // out from anywhere else.
  signInPerAccountAndAddress: { name: "sign-in:account-ip", limit: 10, windowSeconds: 900, message: TOO_MANY_SIGN_INS },
  // One account from everywhere (a distributed attack). Past it, only an address with no failed
  // attempt on the account in the window may still try, so its owner is not locked out either.
  signInPerAccount: { name: "sign-in:account", limit: 100, windowSeconds: 3600, message: TOO_MANY_SIGN_INS },
  passwordChangePerAccount: { name: "password-change:user", limit: 10, windowSeconds: 900, message: "Too many wrong current passwords." },
  passwordChangePerAddress: { name: "password-change:ip", limit: 30, windowSeconds: 900, message: "Too many wrong current passwords." },

  signUpPerAddress: { name: "sign-up:ip", limit: 10, windowSeconds: 3600, message: "Too many sign-ups from your network." },
  // Nobody can flood an inbox with confirmation or reset messages.
  mailPerAddressee: { name: "mail:to", limit: 3, windowSeconds: 3600, message: "We already sent several messages to this address; check your inbox (and spam folder)." },
  // Browsers report policy violations on their own; a flood from one address is noise.
  cspReportsPerAddress: { name: "csp-report:ip", limit: 60, windowSeconds: 600, message: "Too many reports." },
  // Proposals to the open-problems tracker (status changes, new questions, edits) wait for a
  // moderator: a member cannot bury the review queue.
  problemProposals: { name: "problem-proposal:user", limit: 20, windowSeconds: 3600, message: "You have sent many proposals in the last hour." },
  // Forum writes (threads, replies, edits) per member: a person typing never reaches it, a script does.
  forumPostsPerAccount: { name: "forum-post:user", limit: 30, windowSeconds: 600, message: "You are posting too fast." },
  // Community writing: generous for a person, tight for a script. Per address too, so one
  // machine cannot spread a flood over many fresh accounts.
  postPerAddress: { name: "post:ip", limit: 120, windowSeconds: 3600, message: "Many posts are coming from your network." },
  reactPerMember: { name: "react:user", limit: 200, windowSeconds: 3600, message: "You are reacting very fast." },
  flagPerMember: { name: "flag:user", limit: 20, windowSeconds: 3600, message: "You have flagged many posts in the last hour." },
  passwordResetPerAddress: { name: "reset:ip", limit: 10, windowSeconds: 3600, message: "Too many password-reset requests from your network." },
  // Each submission may start a check of minutes of compute: a member's share of the queue.
  resultSubmitPerMember: { name: "result:user", limit: 10, windowSeconds: 3600, message: "You have submitted many results in the last hour." },
  apiTokenPerMember: { name: "api-token:user", limit: 10, windowSeconds: 3600, message: "Too many API tokens created." },
  // Marking read and changing watch levels: generous, only a runaway script reaches it.
  notificationWritesPerMember: { name: "notifications:user", limit: 600, windowSeconds: 600, message: "Too many changes in a short time." },
} satisfies Record<string, RateRule>;

type RuleKey = keyof typeof defaults;

/** The defaults with RATE_LIMITS applied; throws a ConfigError naming a bad entry. */
export function rulesWithOverrides(setting: string | undefined): Record<RuleKey, RateRule> {
  const rules = structuredClone(defaults) as Record<RuleKey, RateRule>;
  const byName = new Map(Object.values(rules).map((r) => [r.name, r]));
  for (const entry of (setting ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
    const match = entry.match(/^([a-z:-]+)=(\d+)\/(\d+)$/);
    const rule = match && byName.get(match[1]!);
    if (!match || !rule || Number(match[2]) < 1 || Number(match[3]) < 1) {
      throw new ConfigError("RATE_LIMITS", `"${entry}" is not name=limit/seconds with a known name (${[...byName.keys()].join(", ")}).`);
    }
    rule.limit = Number(match[2]);
    rule.windowSeconds = Number(match[3]);
  }
  return rules;
}

export const rateRules = rulesWithOverrides(readEnv().RATE_LIMITS);
