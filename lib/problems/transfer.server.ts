// Export and import of the whole tracker, so its data outlives any host. Deterministic: the same
// database state always gives the same bytes (fixed key order, sorted lists), and importing an
// export into an empty tracker then exporting again gives the identical file. Members are named,
// not linked (accounts are not part of the export). No `server-only` marker: the import script
// runs under tsx.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { parseInput, type Result } from "@/lib/errors";
import { problemsExportSchema, type ProblemsExport } from "./export-schema";
import type { Evidence } from "./schemas";
import { problemUrl } from "./subjects";

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);
const byCreated = (a: { createdAt: Date; id: string }, b: { createdAt: Date; id: string }) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id);

/** Evidence with its keys in a fixed order (JSONB keeps its own). */
const evidenceOut = (list: unknown): Evidence[] => (list as Evidence[]).map((e) => (e.kind === "result" ? { kind: e.kind, id: e.id } : { kind: e.kind, url: e.url }));

export async function exportProblems(prisma: PrismaClient): Promise<ProblemsExport> {
  const [states, proposals] = await Promise.all([
    prisma.problemState.findMany({ orderBy: { id: "asc" }, include: { statusChanges: true, revisions: { orderBy: { number: "asc" } }, edits: true } }),
    prisma.problemProposal.findMany(),
  ]);
  return {
    format: "learning-mechanics-hub/problems",
    version: 1,
    problems: states.map((s) => ({
      id: s.id,
      url: problemUrl(s.id),
      kind: s.kind === "direction" ? "direction" : "question",
      direction: s.directionId,
      origin: s.origin,
      title: s.title,
      status: s.status,
      createdAt: iso(s.createdAt),
      activityAt: iso(s.activityAt),
      statusChanges: s.statusChanges.sort(byCreated).map((c) => ({
        id: c.id,
        from: c.fromStatus,
        to: c.toStatus,
        reason: c.reason,
        evidence: evidenceOut(c.evidence),
        direct: c.direct,
        state: c.state,
        proposer: c.proposerName,
        decider: c.deciderName,
        decisionReason: c.decisionReason,
        createdAt: iso(c.createdAt),
        decidedAt: isoOrNull(c.decidedAt),
      })),
      revisions: s.revisions.map((r) => ({
        number: r.number,
        title: r.title,
        statement: r.statement,
        statementHtml: r.statementHtml,
        background: r.background,
        backgroundHtml: r.backgroundHtml,
        criterion: r.criterion,
        criterionHtml: r.criterionHtml,
        rendererVersion: r.rendererVersion,
        author: r.authorName,
        summary: r.summary,
        createdAt: iso(r.createdAt),
      })),
      edits: s.edits.sort(byCreated).map((e) => ({
        id: e.id,
        baseRevision: e.baseRevision,
        title: e.title,
        statement: e.statement,
        background: e.background,
        criterion: e.criterion,
        summary: e.summary,
        state: e.state,
        proposer: e.proposerName,
        decider: e.deciderName,
        decisionReason: e.decisionReason,
        createdAt: iso(e.createdAt),
        decidedAt: isoOrNull(e.decidedAt),
      })),
    })),
    proposals: proposals.sort(byCreated).map((p) => ({
      id: p.id,
      slug: p.slug,
      title: p.title,
      direction: p.directionId,
      statement: p.statement,
      statementHtml: p.statementHtml,
      motivation: p.motivation,
      motivationHtml: p.motivationHtml,
      criterion: p.criterion,
      criterionHtml: p.criterionHtml,
      references: p.references,
      rendererVersion: p.rendererVersion,
      state: p.state,
      proposer: p.proposerName,
      mergedInto: p.mergedIntoId,
      decider: p.deciderName,
      decisionReason: p.decisionReason,
      createdAt: iso(p.createdAt),
      decidedAt: isoOrNull(p.decidedAt),
    })),
  };
}

/** The export as a file: two-space JSON with a final newline. */
export const serializeExport = (data: ProblemsExport) => `${JSON.stringify(data, null, 2)}\n`;

/**
 * Imports an export into a tracker that has no history yet (problem states the seed created are
 * overwritten; anything else present refuses the import). Open proposals get their review items
 * back, so moderators find them in the queue. One transaction: all or nothing.
 */
export async function importProblems(prisma: PrismaClient, input: unknown): Promise<Result<{ problems: number; statusChanges: number; proposals: number }>> {
  const parsed = parseInput(problemsExportSchema, input);
  if (!parsed.ok) return parsed;
  const data = parsed.value;
  const ids = new Set(data.problems.map((p) => p.id));
  const dangling = [
    ...data.problems.filter((p) => p.direction && !ids.has(p.direction)).map((p) => `${p.id}: direction ${p.direction}`),
    ...data.proposals.filter((p) => p.mergedInto && !ids.has(p.mergedInto)).map((p) => `${p.slug}: merged into ${p.mergedInto}`),
  ];
  if (dangling.length) return { ok: false, code: "invalid", fieldErrors: { problems: [`Names problems the file does not contain: ${dangling.join("; ")}.`] } };

  return prisma.$transaction(async (tx) => {
    const [changes, proposals, edits, revisions, members] = await Promise.all([
      tx.statusChange.count(),
      tx.problemProposal.count(),
      tx.problemEdit.count(),
      tx.problemRevision.count(),
      tx.problemState.count({ where: { OR: [{ origin: "MEMBER" }, { status: { not: "OPEN" } }] } }),
    ]);
    if (changes + proposals + edits + revisions + members > 0) {
      return { ok: false as const, code: "conflict" as const, fieldErrors: { database: ["The tracker already has history (status changes, proposals, edits or member problems); import only into an empty one."] } };
    }
    await tx.problemState.deleteMany({});
    await tx.problemState.createMany({
      data: data.problems.map((p) => ({ id: p.id, kind: p.kind, directionId: p.direction, origin: p.origin, title: p.title, status: p.status, createdAt: new Date(p.createdAt), activityAt: new Date(p.activityAt) })),
    });
    await tx.statusChange.createMany({
      data: data.problems.flatMap((p) =>
        p.statusChanges.map((c) => ({
          id: c.id,
          problemId: p.id,
          fromStatus: c.from,
          toStatus: c.to,
          reason: c.reason,
          evidence: c.evidence,
          direct: c.direct,
          state: c.state,
          proposerName: c.proposer,
          deciderName: c.decider,
          decisionReason: c.decisionReason,
          createdAt: new Date(c.createdAt),
          decidedAt: c.decidedAt ? new Date(c.decidedAt) : null,
        })),
      ),
    });
    await tx.problemRevision.createMany({
      data: data.problems.flatMap((p) => p.revisions.map(({ author, createdAt, ...r }) => ({ ...r, problemId: p.id, authorName: author, createdAt: new Date(createdAt) }))),
    });
    await tx.problemEdit.createMany({
      data: data.problems.flatMap((p) =>
        p.edits.map(({ proposer, decider, createdAt, decidedAt, ...e }) => ({ ...e, problemId: p.id, proposerName: proposer, deciderName: decider, createdAt: new Date(createdAt), decidedAt: decidedAt ? new Date(decidedAt) : null })),
      ),
    });
    await tx.problemProposal.createMany({
      data: data.proposals.map(({ direction, proposer, decider, mergedInto, createdAt, decidedAt, ...p }) => ({
        ...p,
        directionId: direction,
        proposerName: proposer,
        deciderName: decider,
        mergedIntoId: mergedInto,
        createdAt: new Date(createdAt),
        decidedAt: decidedAt ? new Date(decidedAt) : null,
      })),
    });
    const pending = [
      ...data.problems.flatMap((p) => p.statusChanges.filter((c) => c.state === "PROPOSED").map((c) => ({ kind: "PROBLEM_STATUS" as const, subjectId: c.id, openedBecause: `Imported: ${c.from} → ${c.to}` }))),
      ...data.problems.flatMap((p) => p.edits.filter((e) => e.state === "PROPOSED").map((e) => ({ kind: "PROBLEM_EDIT" as const, subjectId: e.id, openedBecause: `Imported edit: ${e.summary}` }))),
      ...data.proposals.filter((p) => p.state === "PROPOSED").map((p) => ({ kind: "PROBLEM_PROPOSAL" as const, subjectId: p.id, openedBecause: `Imported proposal: ${p.title}` })),
    ];
    if (pending.length) await tx.reviewItem.createMany({ data: pending, skipDuplicates: true });
    return { ok: true as const, problems: data.problems.length, statusChanges: data.problems.reduce((n, p) => n + p.statusChanges.length, 0), proposals: data.proposals.length };
  });
}
