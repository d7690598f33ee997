import "server-only";
import { ContentError } from "./errors.server";
import type { ProblemKind } from "./problem-frontmatter.server";

/**
 * The sections of every problem's body, as level-2 headings in this order. The tracker renders
 * them in this order; "Partial progress" is the only optional one and comes last when present.
 */
export const problemSections = [
  { key: "statement", heading: "Statement", required: true },
  { key: "background", heading: "Background", required: true },
  { key: "whyItMatters", heading: "Why it matters", required: true },
  { key: "criterion", heading: "What would count as resolving it", required: true },
  { key: "partialProgress", heading: "Partial progress", required: false },
] as const;

export type ProblemSectionKey = (typeof problemSections)[number]["key"];

export interface ProblemSection {
  key: ProblemSectionKey;
  heading: string;
  /** The heading's id on the rendered page (rehype-slug), for links such as /problems/od-1#statement. */
  anchor: string;
  /** 1-based line of the heading in the file. */
  line: number;
  /** The section's MDX source, without its heading. */
  source: string;
}

/** The shortest criterion the loader accepts: a resolution criterion needs a test and a threshold. */
export const minCriterionSentences = 2;

const anchorOf = (heading: string) => heading.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/** Prose of an MDX fragment without math, citations, JSX tags or link targets, for counting sentences. */
export function proseOf(source: string): string {
  return source
    .replace(/\$\$[\s\S]*?\$\$/g, " FORMULA ")
    .replace(/\$[^$\n]+\$/g, "x")
    .replace(/\[@[^\]]+\]/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/\s+/g, " ")
    .trim();
}

/** Sentences in a fragment: runs of prose ended by . ! or ? (abbreviations such as "e.g." count too). */
export function countSentences(source: string): number {
  return (proseOf(source).match(/\S[.!?](?=\s|$)/g) ?? []).length;
}

function hasMath(source: string): boolean {
  return /\$\$[\s\S]+?\$\$|\$[^$\n]+\$/.test(source);
}

/**
 * Splits a problem body into its fixed sections and checks them: every required heading present,
 * in order, nothing before the first, no other level-2 heading, no empty section, a criterion of
 * at least two sentences, and (for a question) math in the statement. Headings inside fenced code
 * and display math are ignored. `firstLine` is the file line of the body's first line.
 */
export function splitProblemBody(
  file: string,
  kind: ProblemKind,
  body: string,
  firstLine: number,
): { sections: ProblemSection[]; errors: ContentError[] } {
  const errors: ContentError[] = [];
  const fail = (line: number | undefined, construct: string, reason: string) =>
    errors.push(new ContentError(line ? `${file}:${line}` : file, construct, reason));

  const found: { heading: string; line: number; start: number }[] = [];
  const lines = body.split("\n");
  let fence: string | undefined;
  let inDisplayMath = false;
  let preamble = "";
  lines.forEach((text, i) => {
    const trimmed = text.trim();
    if (!inDisplayMath) {
      const f = trimmed.match(/^(`{3,}|~{3,})/);
      if (f && (fence === undefined || trimmed.startsWith(fence))) {
        fence = fence === undefined ? f[1] : undefined;
        return;
      }
    }
    if (fence !== undefined) return;
    if (trimmed.startsWith("$$")) {
      const closesOnSameLine = trimmed.length > 2 && trimmed.endsWith("$$") && trimmed !== "$$";
      if (!closesOnSameLine) inDisplayMath = !inDisplayMath;
      return;
    }
    if (inDisplayMath) return;
    const h = text.match(/^##\s+(.+?)\s*#*\s*$/);
    if (h && !text.startsWith("###")) {
      found.push({ heading: h[1], line: firstLine + i, start: i + 1 });
    } else if (found.length === 0) {
      preamble += text;
    }
  });

  if (preamble.trim()) fail(firstLine, "body", `text before "## ${problemSections[0].heading}": every body starts with its statement`);

  const sections: ProblemSection[] = [];
  found.forEach((h, n) => {
    const end = n + 1 < found.length ? found[n + 1].start - 1 : lines.length;
    const spec = problemSections.find((s) => s.heading === h.heading);
    if (!spec) {
      fail(h.line, `heading "## ${h.heading}"`, `is not a problem section; the sections are ${problemSections.map((s) => `"${s.heading}"`).join(", ")} (use ### inside a section)`);
      return;
    }
    if (sections.some((s) => s.key === spec.key)) {
      fail(h.line, `heading "## ${h.heading}"`, "appears twice");
      return;
    }
    sections.push({ key: spec.key, heading: spec.heading, anchor: anchorOf(spec.heading), line: h.line, source: lines.slice(h.start, end).join("\n").trim() });
  });

  for (const spec of problemSections) {
    if (spec.required && !sections.some((s) => s.key === spec.key)) fail(undefined, `section "## ${spec.heading}"`, "is missing");
  }
  const order = sections.map((s) => problemSections.findIndex((p) => p.key === s.key));
  if (order.some((o, i) => i > 0 && o < order[i - 1])) {
    fail(sections[0]?.line, "sections", `must come in the order ${problemSections.map((s) => `"${s.heading}"`).join(", ")}`);
  }
  for (const s of sections) {
    if (!proseOf(s.source)) fail(s.line, `section "## ${s.heading}"`, "is empty");
  }
  const criterion = sections.find((s) => s.key === "criterion");
  if (criterion && proseOf(criterion.source) && countSentences(criterion.source) < minCriterionSentences) {
    fail(criterion.line, `section "## ${criterion.heading}"`, `must state a checkable criterion in at least ${minCriterionSentences} sentences (what to measure or prove, and what counts as success)`);
  }
  const statement = sections.find((s) => s.key === "statement");
  if (kind === "question" && statement && proseOf(statement.source) && !hasMath(statement.source)) {
    fail(statement.line, `section "## ${statement.heading}"`, "a question's statement must state it with math ($…$ or $$…$$)");
  }
  return { sections, errors };
}
