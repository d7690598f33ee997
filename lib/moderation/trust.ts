// Trust for new accounts: what a brand-new member may post, decided from facts the caller has
// already read (the account's age, its posts in the last day, the post's cooked HTML). Pure, so
// the forum's services and the tests share one answer. The numbers are settings:
// TRUST="newAccountHours=24,firstDayPosts=5,flagsToHide=3,suspiciousMentions=3" overrides them.
import { ConfigError } from "@/lib/config-error";

export interface TrustSettings {
  /** An account is new for this many hours after it was created. */
  newAccountHours: number;
  /** A new account may post this many posts (threads and replies) in a rolling day. */
  firstDayPosts: number;
  /** Flags from members in good standing that hide a post pending review. */
  flagsToHide: number;
  /** A new account's first post mentioning this many members or more is held for review. */
  suspiciousMentions: number;
}

export const DEFAULT_TRUST: TrustSettings = { newAccountHours: 24, firstDayPosts: 5, flagsToHide: 3, suspiciousMentions: 3 };

export function trustSettings(setting: string | undefined): TrustSettings {
  const settings = { ...DEFAULT_TRUST };
  for (const entry of (setting ?? "").split(",").map((e) => e.trim()).filter(Boolean)) {
    const match = entry.match(/^([a-zA-Z]+)=(\d+)$/);
    // newAccountHours=0 turns the new-account rules off (a closed workshop site, the browser tests).
    const least = match?.[1] === "newAccountHours" ? 0 : 1;
    if (!match || !(match[1]! in settings) || Number(match[2]) < least) {
      throw new ConfigError("TRUST", `"${entry}" is not name=number with a known name (${Object.keys(DEFAULT_TRUST).join(", ")}), at least 1 (newAccountHours at least 0).`);
    }
    settings[match[1] as keyof TrustSettings] = Number(match[2]);
  }
  return settings;
}

export interface PostingFacts {
  accountCreatedAt: Date;
  /** Staff are trusted from the start. */
  staff: boolean;
  /** Creation times of the member's posts in the last 24 hours (any order). */
  recentPostTimes: Date[];
  /** Whether the member has ever posted before (a held post counts). */
  hasPostedBefore: boolean;
  /** The post's sanitized HTML as the renderer cooked it. */
  cookedHtml: string;
  now: Date;
}

export type TrustDecision =
  | { kind: "allow" }
  | { kind: "hold"; because: string }
  /** Refused outright: the member is told why (and, for the daily cap, when they may post again). */
  | { kind: "refuse"; reason: string; retryAfterSeconds?: number };

const DAY_MS = 24 * 3600 * 1000;

/** Links other than @mentions and in-site links (quotes, permalinks); images are rendered as links too. */
export function outsideLinkCount(cookedHtml: string): number {
  let n = 0;
  for (const match of cookedHtml.matchAll(/<a\b([^>]*)>/g)) {
    const attrs = match[1]!;
    if (/\bclass="[^"]*\bmention\b/.test(attrs)) continue;
    const href = attrs.match(/\bhref="([^"]*)"/)?.[1] ?? "";
    if (href.startsWith("/") || href.startsWith("#")) continue;
    n++;
  }
  return n;
}

const mentionCount = (html: string) => [...html.matchAll(/<a\b[^>]*\bclass="[^"]*\bmention\b/g)].length;

/** What simple signs make a new account's first post wait for a moderator (null: none). */
export function suspiciousBecause(cookedHtml: string, settings: TrustSettings): string | null {
  if (mentionCount(cookedHtml) >= settings.suspiciousMentions) return `mentions ${settings.suspiciousMentions} or more members`;
  const text = cookedHtml.replace(/<[^>]+>/g, " ");
  const letters = text.replace(/[^A-Za-z]/g, "");
  if (letters.length >= 40 && letters.replace(/[^A-Z]/g, "").length / letters.length > 0.7) return "is mostly capital letters";
  if (/(.)\1{19,}/u.test(text.replace(/\s+/g, " "))) return "repeats one character 20 times or more";
  return null;
}

export function decidePosting(facts: PostingFacts, settings: TrustSettings): TrustDecision {
  const ageMs = facts.now.getTime() - facts.accountCreatedAt.getTime();
  if (facts.staff || ageMs >= settings.newAccountHours * 3600 * 1000) return { kind: "allow" };
  if (outsideLinkCount(facts.cookedHtml) > 0) {
    return { kind: "refuse", reason: `New accounts cannot post links or images for their first ${settings.newAccountHours} hours.` };
  }
  const inDay = facts.recentPostTimes.filter((t) => facts.now.getTime() - t.getTime() < DAY_MS).sort((a, b) => a.getTime() - b.getTime());
  if (inDay.length >= settings.firstDayPosts) {
    // The oldest post in the window leaves it first; then one more post is allowed.
    const freeAt = inDay[inDay.length - settings.firstDayPosts]!.getTime() + DAY_MS;
    const retryAfterSeconds = Math.max(1, Math.ceil((freeAt - facts.now.getTime()) / 1000));
    return { kind: "refuse", reason: `New accounts can post ${settings.firstDayPosts} times a day.`, retryAfterSeconds };
  }
  const suspicious = !facts.hasPostedBefore && suspiciousBecause(facts.cookedHtml, settings);
  return suspicious ? { kind: "hold", because: `A new account's first post ${suspicious}.` } : { kind: "allow" };
}
