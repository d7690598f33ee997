// The shape of the tracker's export (GET /api/problems/export, npm run problems:import). The JSON
// Schema in docs/problems-export.schema.json is generated from this one (a unit test keeps them
// equal), so the documentation cannot drift from what the code writes and reads.
import { z } from "@/lib/zod";
import { evidenceSchema } from "./schemas";
import { problemStatuses } from "./status";

const date = z.iso.datetime().describe("ISO 8601 time in UTC, to the millisecond");
const nullableDate = date.nullable();
const person = z.string().describe("a member's display name at the time (accounts are not exported)");
const reviewState = z.enum(["PROPOSED", "ACCEPTED", "REJECTED"]);
/** The decision fields every reviewed item ends with (status changes, edits, proposals). */
const decision = {
  decider: person.nullable(),
  decisionReason: z.string().nullable(),
  createdAt: date,
  decidedAt: nullableDate,
};

const statusChange = z
  .object({
    id: z.string(),
    from: z.enum(problemStatuses),
    to: z.enum(problemStatuses),
    reason: z.string(),
    evidence: z.array(evidenceSchema).min(1),
    direct: z.boolean().describe("made by a moderator without a proposal"),
    state: reviewState,
    proposer: person,
    ...decision,
  })
  .strict();

const revision = z
  .object({
    number: z.number().int().min(1),
    title: z.string(),
    statement: z.string(),
    statementHtml: z.string(),
    background: z.string(),
    backgroundHtml: z.string(),
    criterion: z.string(),
    criterionHtml: z.string(),
    rendererVersion: z.number().int(),
    author: person,
    summary: z.string(),
    createdAt: date,
  })
  .strict();

const edit = z
  .object({
    id: z.string(),
    baseRevision: z.number().int().min(0),
    title: z.string(),
    statement: z.string(),
    background: z.string(),
    criterion: z.string(),
    summary: z.string(),
    state: reviewState,
    proposer: person,
    ...decision,
  })
  .strict();

const problem = z
  .object({
    id: z.string().describe("the problem's id: its URL is /problems/<id>"),
    url: z.string(),
    kind: z.enum(["direction", "question"]),
    direction: z.string().nullable().describe("a question's direction"),
    origin: z.enum(["CONTENT", "MEMBER"]).describe("CONTENT: text in the site's git repository (content/problems/<id>.mdx); MEMBER: text in revisions"),
    title: z.string(),
    status: z.enum(problemStatuses),
    createdAt: date,
    activityAt: date,
    statusChanges: z.array(statusChange).describe("oldest first; the accepted ones are the timeline"),
    revisions: z.array(revision).describe("accepted texts, revision 1 first"),
    edits: z.array(edit).describe("proposed edits, oldest first"),
  })
  .strict();

const proposal = z
  .object({
    id: z.string(),
    slug: z.string(),
    title: z.string(),
    direction: z.string(),
    statement: z.string(),
    statementHtml: z.string(),
    motivation: z.string(),
    motivationHtml: z.string(),
    criterion: z.string(),
    criterionHtml: z.string(),
    references: z.array(z.string()),
    rendererVersion: z.number().int(),
    state: z.enum(["PROPOSED", "APPROVED", "MERGED", "REJECTED"]),
    proposer: person,
    mergedInto: z.string().nullable(),
    ...decision,
  })
  .strict();

export const problemsExportSchema = z
  .object({
    format: z.literal("learning-mechanics-hub/problems"),
    version: z.literal(1),
    problems: z.array(problem).describe("sorted by id"),
    proposals: z.array(proposal).describe("proposed new questions, oldest first"),
  })
  .strict()
  .describe("The open-problems tracker of Learning Mechanics Hub: problems, statuses, history, evidence, revisions and proposals");

export type ProblemsExport = z.infer<typeof problemsExportSchema>;
