import "server-only";
// Edits of a problem's text, proposed by members and reviewed: an accepted edit becomes the next
// revision (the text in git is revision 0), shown with a word-level diff against the one before.
// An edit is written against a revision; if another edit was accepted meanwhile it is refused
// (409), so no accepted text is silently overwritten.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer.server";
import { getProblemMeta } from "@/lib/content/problems.server";
import { db } from "@/lib/db/client.server";
import { conflict, invalid, notFound, type Result } from "@/lib/errors";
import { renderUserMarkdown } from "@/lib/markdown";
import { openReviewItem } from "@/lib/moderation/review-queue.server";
import { authorize } from "@/lib/policy";
import { wordDiff, type DiffPart } from "@/lib/text/word-diff";
import type { ProblemEditInput } from "./schemas";
import { inTransaction } from "./transaction.server";

type Tx = Prisma.TransactionClient;
type Reader = Pick<Tx, "problemRevision">;

export const editableFields = ["title", "statement", "background", "criterion"] as const;
export type EditableField = (typeof editableFields)[number];
export type ProblemText = Record<EditableField, string> & { revision: number };

/** The text an edit starts from: the latest accepted revision, or (revision 0) the text in git. */
export async function currentText(problemId: string, reader: Reader = db()): Promise<ProblemText | null> {
  const latest = await reader.problemRevision.findFirst({ where: { problemId }, orderBy: { number: "desc" }, select: { number: true, title: true, statement: true, background: true, criterion: true } });
  if (latest) return { revision: latest.number, title: latest.title, statement: latest.statement, background: latest.background, criterion: latest.criterion };
  const git = gitText(problemId);
  return git && { revision: 0, ...git };
}

/** Revision 0: the problem's text in content/problems/ (null for a member-proposed problem). */
function gitText(problemId: string): Record<EditableField, string> | null {
  const meta = getProblemMeta(problemId);
  if (!meta) return null;
  const section = (key: string) => meta.sections.find((s) => s.key === key)?.source.trim() ?? "";
  return { title: meta.title, statement: section("statement"), background: section("background"), criterion: section("criterion") };
}

export async function proposeEdit(viewer: Viewer, problemId: string, input: ProblemEditInput): Promise<Result<{ edit: { id: string } }>> {
  const refused = authorize(viewer, "problem.propose");
  if (refused) return refused;
  const problem = await db().problemState.findUnique({ where: { id: problemId }, select: { title: true } });
  if (!problem) return notFound("No such problem.");
  const base = await currentText(problemId);
  if (!base) return notFound("No such problem.");
  if (input.baseRevision !== base.revision) return staleEdit(base.revision);
  if (editableFields.every((f) => input[f] === base[f])) return invalid({ form: ["The edit changes nothing."] });
  return inTransaction(async (tx) => {
    const edit = await tx.problemEdit.create({
      data: { problemId, baseRevision: input.baseRevision, title: input.title, statement: input.statement, background: input.background, criterion: input.criterion, summary: input.summary, proposerId: viewer.id, proposerName: viewer.name },
      select: { id: true },
    });
    await openReviewItem(tx, { kind: "PROBLEM_EDIT", subjectId: edit.id, because: `Edit of ${problem.title}: ${input.summary}` });
    return { ok: true, edit };
  });
}

const staleEdit = (revision: number) => conflict({ baseRevision: [`The text changed since this edit was written (it is now at revision ${revision}). Reload and edit the current text.`] });

/** The cooked HTML of an edit's Markdown fields, rendered before the accepting transaction (rendering is slow). */
export async function cookEdit(editId: string) {
  const edit = await db().problemEdit.findUnique({ where: { id: editId }, select: { statement: true, background: true, criterion: true } });
  if (!edit) return null;
  const [statement, background, criterion] = await Promise.all([edit.statement, edit.background, edit.criterion].map((s) => renderUserMarkdown(s)));
  return { statementHtml: statement!.html, backgroundHtml: background!.html, criterionHtml: criterion!.html, rendererVersion: statement!.version };
}

export async function acceptEdit(tx: Tx, editId: string, decider: Viewer, reason: string | null, cooked: NonNullable<Awaited<ReturnType<typeof cookEdit>>>): Promise<Result<object>> {
  const edit = await tx.problemEdit.findUnique({ where: { id: editId } });
  if (!edit || edit.state !== "PROPOSED") return notFound("No such proposed edit.");
  const base = await currentText(edit.problemId, tx);
  if (!base || base.revision !== edit.baseRevision) return staleEdit(base?.revision ?? 0);
  const now = new Date();
  await tx.problemRevision.create({
    data: {
      problemId: edit.problemId,
      number: base.revision + 1,
      title: edit.title,
      statement: edit.statement,
      background: edit.background,
      criterion: edit.criterion,
      ...cooked,
      authorName: edit.proposerName,
      summary: edit.summary,
      createdAt: now,
    },
  });
  await tx.problemEdit.update({ where: { id: editId }, data: { state: "ACCEPTED", deciderName: decider.name, decisionReason: reason, decidedAt: now } });
  await tx.problemState.update({ where: { id: edit.problemId }, data: { title: edit.title, activityAt: now } });
  return { ok: true };
}

export async function rejectEdit(tx: Tx, editId: string, decider: Viewer, reason: string): Promise<Result<object>> {
  const updated = await tx.problemEdit.updateMany({ where: { id: editId, state: "PROPOSED" }, data: { state: "REJECTED", deciderName: decider.name, decisionReason: reason, decidedAt: new Date() } });
  return updated.count === 1 ? { ok: true } : notFound("No such proposed edit.");
}

export type FieldDiff = { field: EditableField; parts: DiffPart[] };

/** Word-level diffs of the fields that differ. */
export function diffTexts(before: Record<EditableField, string>, after: Record<EditableField, string>): FieldDiff[] {
  return editableFields.filter((f) => before[f] !== after[f]).map((field) => ({ field, parts: wordDiff(before[field], after[field]) }));
}

/** A problem's revisions, newest first, each with its diff against the one before (or the text in git). */
export async function revisionHistory(problemId: string) {
  const revisions = await db().problemRevision.findMany({ where: { problemId }, orderBy: { number: "asc" } });
  let previous: Record<EditableField, string> | null = gitText(problemId);
  const out = revisions.map((r) => {
    const diffs = previous ? diffTexts(previous, r) : [];
    previous = r;
    return { ...r, diffs };
  });
  return out.reverse();
}

/** Used by the review queue: what an edit changes relative to the text it was written against. */
export async function editDiff(editId: string): Promise<FieldDiff[]> {
  const edit = await db().problemEdit.findUnique({ where: { id: editId } });
  if (!edit) return [];
  const base = edit.baseRevision === 0 ? gitText(edit.problemId) : await db().problemRevision.findUnique({ where: { problemId_number: { problemId: edit.problemId, number: edit.baseRevision } } });
  return base ? diffTexts(base, edit) : [];
}
