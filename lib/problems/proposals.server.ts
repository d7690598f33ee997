import "server-only";
// New questions proposed by members. A proposal reserves its slug, waits in the review queue, and
// is approved (it becomes a problem, its text revision 1), merged into an existing problem (the
// proposer is credited there and the slug redirects to it), or rejected with a reason.
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Viewer } from "@/lib/auth/viewer.server";
import { getBibliography } from "@/lib/content/bibliography.server";
import { db } from "@/lib/db/client.server";
import { conflict, invalid, notFound, type Result } from "@/lib/errors";
import { renderUserMarkdown } from "@/lib/markdown";
import { openReviewItem } from "@/lib/moderation/review-queue.server";
import { recordEvent } from "@/lib/notifications/events.server";
import { setWatch } from "@/lib/notifications/watches.server";
import { authorize } from "@/lib/policy";
import type { ProblemProposalInput } from "./schemas";
import { problemParent, problemUrl } from "./subjects";
import { inTransaction, isUniqueViolation } from "./transaction.server";

type Tx = Prisma.TransactionClient;

export async function proposeProblem(viewer: Viewer, input: ProblemProposalInput): Promise<Result<{ proposal: { id: string; slug: string } }>> {
  const refused = authorize(viewer, "problem.propose");
  if (refused) return refused;
  if (input.slug === input.direction) return invalid({ direction: ["A question cannot be its own direction (that would be a cycle)."] });
  const bibliography = getBibliography();
  const unknownKeys = input.references.filter((r) => !/^https?:/i.test(r) && !bibliography.has(r));
  if (unknownKeys.length) return invalid({ references: [`Not in the site's bibliography: ${unknownKeys.join(", ")}. Give a link instead.`] });

  const parent = await db().problemState.findUnique({ where: { id: input.direction }, select: { kind: true } });
  if (!parent) return invalid({ direction: [`There is no direction "${input.direction}".`] });
  if (parent.kind !== "direction") return invalid({ direction: [`"${input.direction}" is a question; a new question belongs to a direction (problems form a two-level tree).`] });
  const taken = await slugTaken(db(), input.slug);
  if (taken) return taken;

  // Cook outside the transaction: rendering is slow and needs no database.
  const [statement, motivation, criterion] = await Promise.all([input.statement, input.motivation, input.criterion].map((s) => renderUserMarkdown(s)));
  try {
    return await inTransaction(async (tx) => {
      const again = await slugTaken(tx, input.slug);
      if (again) return again;
      const proposal = await tx.problemProposal.create({
        data: {
          slug: input.slug,
          title: input.title,
          directionId: input.direction,
          statement: input.statement,
          statementHtml: statement!.html,
          motivation: input.motivation,
          motivationHtml: motivation!.html,
          criterion: input.criterion,
          criterionHtml: criterion!.html,
          references: input.references,
          rendererVersion: statement!.version,
          proposerId: viewer.id,
          proposerName: viewer.name,
        },
        select: { id: true, slug: true },
      });
      await openReviewItem(tx, { kind: "PROBLEM_PROPOSAL", subjectId: proposal.id, because: `New question under ${input.direction}: ${input.title}` });
      return { ok: true, proposal };
    });
  } catch (error) {
    if (isUniqueViolation(error)) return slugConflict(input.slug);
    throw error;
  }
}

const slugConflict = (slug: string) => conflict({ slug: [`"${slug}" is already the id of a problem or of another proposal; choose another.`] });

async function slugTaken(client: Pick<Tx, "problemState" | "problemProposal">, slug: string) {
  const [state, proposal] = await Promise.all([client.problemState.findUnique({ where: { id: slug }, select: { id: true } }), client.problemProposal.findUnique({ where: { slug }, select: { id: true } })]);
  return state || proposal ? slugConflict(slug) : null;
}

async function openProposal(tx: Tx, id: string) {
  const proposal = await tx.problemProposal.findUnique({ where: { id } });
  return proposal && proposal.state === "PROPOSED" ? proposal : null;
}

/** Approves: the proposal becomes a question with its text as revision 1; the proposer watches it. */
export async function approveProposal(tx: Tx, id: string, decider: Viewer, reason: string | null): Promise<Result<{ problemId: string }>> {
  const proposal = await openProposal(tx, id);
  if (!proposal) return notFound("No such open proposal.");
  const parent = await tx.problemState.findUnique({ where: { id: proposal.directionId }, select: { kind: true } });
  if (!parent || parent.kind !== "direction") return invalid({ form: [`Its direction "${proposal.directionId}" no longer exists; reject it or merge it.`] });
  if (await tx.problemState.findUnique({ where: { id: proposal.slug }, select: { id: true } })) return slugConflict(proposal.slug);
  const now = new Date();
  await tx.problemState.create({ data: { id: proposal.slug, kind: "question", directionId: proposal.directionId, origin: "MEMBER", title: proposal.title, createdAt: now, activityAt: now } });
  await tx.problemRevision.create({
    data: {
      problemId: proposal.slug,
      number: 1,
      title: proposal.title,
      statement: proposal.statement,
      statementHtml: proposal.statementHtml,
      background: proposal.motivation,
      backgroundHtml: proposal.motivationHtml,
      criterion: proposal.criterion,
      criterionHtml: proposal.criterionHtml,
      rendererVersion: proposal.rendererVersion,
      authorName: proposal.proposerName,
      summary: "Proposed",
      createdAt: now,
    },
  });
  await tx.problemProposal.update({ where: { id }, data: { state: "APPROVED", deciderName: decider.name, decisionReason: reason, decidedAt: now } });
  if (proposal.proposerId) await setWatch(proposal.proposerId, { type: "problem", id: proposal.slug }, "WATCHING", tx);
  await recordEvent(tx, {
    kind: "problem.question",
    actorId: decider.id,
    subject: { type: "problem", id: proposal.slug },
    parent: problemParent({ directionId: proposal.directionId }),
    url: problemUrl(proposal.slug),
    title: `New question: ${proposal.title}`,
    excerpt: proposal.statement,
    recipients: proposal.proposerId ? [proposal.proposerId] : [],
    dedupeKey: `problem.question:${proposal.slug}`,
  });
  return { ok: true, problemId: proposal.slug };
}

/** Merges into an existing problem: credited there, its slug redirects there. */
export async function mergeProposal(tx: Tx, id: string, into: string, decider: Viewer, reason: string | null): Promise<Result<{ problemId: string }>> {
  const proposal = await openProposal(tx, id);
  if (!proposal) return notFound("No such open proposal.");
  if (into === proposal.slug) return invalid({ into: ["A proposal cannot be merged into itself."] });
  const target = await tx.problemState.findUnique({ where: { id: into }, select: { id: true } });
  if (!target) return invalid({ into: [`There is no problem "${into}" to merge into.`] });
  const now = new Date();
  await tx.problemProposal.update({ where: { id }, data: { state: "MERGED", mergedIntoId: into, deciderName: decider.name, decisionReason: reason, decidedAt: now } });
  await tx.problemState.update({ where: { id: into }, data: { activityAt: now } });
  return { ok: true, problemId: into };
}

export async function rejectProposal(tx: Tx, id: string, decider: Viewer, reason: string): Promise<Result<object>> {
  const updated = await tx.problemProposal.updateMany({ where: { id, state: "PROPOSED" }, data: { state: "REJECTED", deciderName: decider.name, decisionReason: reason, decidedAt: new Date() } });
  return updated.count === 1 ? { ok: true } : notFound("No such open proposal.");
}

/** Where a proposal's slug leads once merged (null otherwise): the problem page redirects there. */
export async function mergedTarget(slug: string): Promise<string | null> {
  const proposal = await db().problemProposal.findUnique({ where: { slug }, select: { state: true, mergedIntoId: true } });
  return proposal?.state === "MERGED" ? proposal.mergedIntoId : null;
}

/** Proposals merged into a problem: their proposers are credited on its page. */
export function mergedProposals(problemId: string) {
  return db().problemProposal.findMany({ where: { mergedIntoId: problemId, state: "MERGED" }, orderBy: { decidedAt: "asc" }, select: { slug: true, title: true, proposerName: true, proposerId: true, decidedAt: true } });
}
