// Input schemas of the tracker, shared by routes, services, the import script and tests.
import { z } from "@/lib/zod";
import { problemStatuses } from "./status";
import { EVIDENCE_MAX, EVIDENCE_URL_MAX, PROBLEM_REASON_MAX, PROBLEM_SUMMARY_MAX, PROBLEM_TEXT_MAX, PROBLEM_TITLE_MAX, REFERENCES_MAX, SLUG_MAX } from "./limits";

/** Same form as content ids: lowercase words and digits joined by single hyphens. */
export const problemSlug = z
  .string()
  .max(SLUG_MAX, `must be at most ${SLUG_MAX} characters (it is part of a URL)`)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "use lowercase words and digits joined by single hyphens (it becomes the URL)");

const httpUrl = z
  .string()
  .trim()
  .max(EVIDENCE_URL_MAX, `must be at most ${EVIDENCE_URL_MAX} characters`)
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "http:" || url.protocol === "https:") && !!url.hostname;
    } catch {
      return false;
    }
  }, "must be an http(s) address");

/** A forum post: a link on this site (/forum/…) or a full http(s) address of one. */
const postUrl = z
  .string()
  .trim()
  .max(EVIDENCE_URL_MAX)
  .refine((value) => /^\/forum\/[^\s]*$/.test(value) || httpUrl.safeParse(value).success, "must be a forum post's link (/forum/…) or an http(s) address");

export const evidenceSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("paper"), url: httpUrl }).strict(),
  z.object({ kind: z.literal("post"), url: postUrl }).strict(),
  z.object({ kind: z.literal("result"), id: z.string().trim().regex(/^[A-Za-z0-9_-]{1,64}$/, "must be a result's id") }).strict(),
]);
export type Evidence = z.infer<typeof evidenceSchema>;

const text = (max: number, what: string) => z.string().trim().min(1, `${what} cannot be empty`).max(max, `must be at most ${max} characters`);

export const statusChangeSchema = z
  .object({
    to: z.enum(problemStatuses, { error: `must be one of ${problemStatuses.join(", ")}` }),
    reason: text(PROBLEM_REASON_MAX, "the reason"),
    evidence: z.array(evidenceSchema).min(1, "give at least one piece of evidence").max(EVIDENCE_MAX, `at most ${EVIDENCE_MAX} pieces of evidence`),
    /** Moderators only: apply at once instead of proposing (audited). */
    direct: z.boolean().default(false),
  })
  .strict();
export type StatusChangeInput = z.infer<typeof statusChangeSchema>;

const reference = z
  .string()
  .trim()
  .max(EVIDENCE_URL_MAX)
  .refine((v) => /^[A-Za-z0-9_][\w:.-]*$/.test(v) || httpUrl.safeParse(v).success, "must be an http(s) address or a BibTeX key of the site's bibliography");

export const problemProposalSchema = z
  .object({
    slug: problemSlug,
    title: text(PROBLEM_TITLE_MAX, "the title"),
    direction: problemSlug,
    statement: text(PROBLEM_TEXT_MAX, "the statement"),
    motivation: text(PROBLEM_TEXT_MAX, "the motivation"),
    criterion: text(PROBLEM_TEXT_MAX, "what would count as resolving it"),
    references: z.array(reference).max(REFERENCES_MAX, `at most ${REFERENCES_MAX} references`).default([]),
  })
  .strict();
export type ProblemProposalInput = z.infer<typeof problemProposalSchema>;

export const problemEditSchema = z
  .object({
    baseRevision: z.number().int().min(0),
    title: text(PROBLEM_TITLE_MAX, "the title"),
    statement: text(PROBLEM_TEXT_MAX, "the statement"),
    background: text(PROBLEM_TEXT_MAX, "the background"),
    criterion: text(PROBLEM_TEXT_MAX, "what would count as resolving it"),
    summary: text(PROBLEM_SUMMARY_MAX, "the summary of the edit"),
  })
  .strict();
export type ProblemEditInput = z.infer<typeof problemEditSchema>;

export const reviewDecisionSchema = z.discriminatedUnion("decision", [
  z.object({ decision: z.literal("accept"), reason: z.string().trim().max(PROBLEM_REASON_MAX).optional() }).strict(),
  z.object({ decision: z.literal("reject"), reason: text(PROBLEM_REASON_MAX, "the reason") }).strict(),
  z.object({ decision: z.literal("merge"), into: problemSlug, reason: z.string().trim().max(PROBLEM_REASON_MAX).optional() }).strict(),
]);
export type ReviewDecisionInput = z.infer<typeof reviewDecisionSchema>;

export const watchSchema = z.object({ watching: z.boolean() }).strict();
