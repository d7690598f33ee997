// Display names are shown beside everything a member writes, so they must not be able to
// impersonate: no invisible or direction-changing characters (U+202E turns "rotartsinimdA" into
// "Administrator" on screen), no lone zero-width space, no stacks of combining marks, and no
// staff titles for members. Names are stored in NFC with runs of spaces collapsed.

// Control, format (zero-width, bidirectional marks and overrides, soft hyphen), private-use and
// unassigned code points, line and paragraph separators, and letters that render as blanks.
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Co}\p{Cn}\u2028\u2029\u115F\u1160\u3164\uFFA0\u2800]/u;
const MARK_STACK = /\p{M}{4,}/u;
const VISIBLE = /[\p{L}\p{N}]/u;

export function normalizeDisplayName(raw: string): string {
  return raw.normalize("NFC").replace(/\s+/gu, " ").trim();
}

/** Why a normalized name is refused, or null. */
export function displayNameProblem(name: string): string | null {
  if (INVISIBLE.test(name)) return "Remove invisible or direction-changing characters from the name.";
  if (MARK_STACK.test(name)) return "Use at most three accents on one letter.";
  if (!VISIBLE.test(name)) return "Use at least one letter or digit in the name.";
  return null;
}

// Latin look-alikes an impostor would reach for, folded before comparing with staff titles.
const LOOKALIKE: Record<string, string> = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", l: "i", а: "a", е: "e", о: "o", р: "p", с: "c", х: "x", і: "i", ԁ: "d", ѕ: "s", ı: "i", ɑ: "a" };
const STAFF_TITLES = ["admin", "administrator", "administration", "moderator", "mod", "modteam", "staff", "sysop", "system", "root", "official", "learningmechanicshub", "hubstaff", "siteadmin", "siteteam"].map(skeleton);

function skeleton(name: string): string {
  const folded = [...name.normalize("NFKD").toLowerCase()].map((c) => LOOKALIKE[c] ?? c).join("");
  return folded.replace(/[^\p{L}\p{N}]/gu, "").replace(/\p{M}/gu, "");
}

/** True when a name reads as a staff title (checked for members, not for staff themselves). */
export function impersonatesStaff(name: string): boolean {
  return STAFF_TITLES.includes(skeleton(name));
}

export const STAFF_TITLE_MESSAGE = "That name reads as a staff title; choose your own name.";
