// "Cite this result" and the verdict badge: pure functions of a stored result, so the page, the
// badge route and their tests agree on the text.
import type { Verdict } from "@/lib/experiments/verdict";

export interface Citable {
  id: string;
  title: string;
  authorName: string | null;
  createdAt: Date;
  experimentId: string;
  specHash: string;
  verdict: Verdict | null;
}

export const VERDICT_TEXT: Record<Verdict, string> = {
  reproduced: "reproduced",
  "not-reproduced": "not reproduced",
  inconclusive: "inconclusive",
};

/** BibTeX's special characters in a braced field: braces must balance, so they are escaped. */
function bibtexText(s: string): string {
  return s.replace(/[\\{}]/g, (c) => (c === "\\" ? "\\textbackslash{}" : `\\${c}`)).replace(/[%&$#_^~]/g, (c) => (c === "^" ? "\\^{}" : c === "~" ? "\\~{}" : `\\${c}`));
}

export function bibtexEntry(r: Citable, origin: string): string {
  const fields: [string, string][] = [
    ["title", bibtexText(r.title)],
    ["author", bibtexText(r.authorName ?? "Anonymous")],
    ["year", String(r.createdAt.getUTCFullYear())],
    ["month", r.createdAt.toLocaleString("en", { month: "short", timeZone: "UTC" }).toLowerCase()],
    ["howpublished", "Learning Mechanics Hub, reproducible toy result"],
    ["url", `${origin}/results/${r.id}`],
    ["note", bibtexText(`Experiment ${r.experimentId}; spec sha256 ${r.specHash}; verdict: ${r.verdict ? VERDICT_TEXT[r.verdict] : "not yet checked"}`)],
  ];
  return `@misc{lmh-result-${r.id},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(",\n")}\n}\n`;
}

const BADGE_COLOURS: Record<Verdict | "pending", string> = {
  reproduced: "#1a7f37",
  "not-reproduced": "#b42318",
  inconclusive: "#6b6b6b",
  pending: "#6b6b6b",
};

/** A shields-style SVG: "toy result | reproduced". Self-contained (no fonts or images fetched). */
export function badgeSvg(verdict: Verdict | null): string {
  const key = verdict ?? "pending";
  const right = verdict ? VERDICT_TEXT[verdict] : "checking";
  const left = "toy result";
  const w = (s: string) => Math.round(s.length * 6.6 + 12);
  const [lw, rw] = [w(left), w(right)];
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${lw + rw}" height="20" role="img" aria-label="${left}: ${right}"><title>${left}: ${right}</title><rect width="${lw}" height="20" fill="#444"/><rect x="${lw}" width="${rw}" height="20" fill="${BADGE_COLOURS[key]}"/><g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle"><text x="${lw / 2}" y="14">${left}</text><text x="${lw + rw / 2}" y="14">${right}</text></g></svg>`;
}
