// Export → import into a fresh database → export gives the identical file; the export matches its
// published JSON Schema; the import refuses a tracker that already has history, and bad files.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { db, createPrismaClient } from "@/lib/db/client.server";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded.server";
import { applyMigrations } from "@/lib/db/migrate.server";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { GET as exportRoute } from "@/app/api/problems/export/route";
import { POST as postStatus } from "@/app/api/problems/[id]/status-changes/route";
import { POST as postProposal } from "@/app/api/problems/proposals/route";
import { POST as postDecision } from "@/app/api/problems/review/[itemId]/route";
import { seedProblemStates } from "@/lib/problems/seed-states.server";
import { exportProblems, importProblems, serializeExport } from "@/lib/problems/transfer.server";
import { problemsExportSchema } from "@/lib/problems/export-schema";
import { call, sessionCookie } from "../../support/http";
import { createMember } from "../../support/members";
import { createDatabase, dropDatabase } from "../../support/throwaway-database";

/** A second, empty database of the same kind as the tests' own, migrated. */
async function freshDatabase(): Promise<{ prisma: PrismaClient; close: () => Promise<void> }> {
  if (inject("embedded")) {
    const embedded: EmbeddedDatabase = await startEmbeddedDatabase(null);
    await applyMigrations(embedded.url);
    const prisma = createPrismaClient(embedded.url, true);
    return { prisma, close: async () => (await prisma.$disconnect(), await embedded.stop()) };
  }
  const server = inject("databaseUrl");
  const name = `lmh_problems_import_${process.pid}_${Date.now()}`;
  const url = await createDatabase(server, name);
  await applyMigrations(url);
  const prisma = createPrismaClient(url, false);
  return {
    prisma,
    close: async () => {
      await prisma.$disconnect();
      await dropDatabase(server, name);
    },
  };
}

let fresh: Awaited<ReturnType<typeof freshDatabase>>;
beforeAll(async () => {
  await seedProblemStates(db());
  fresh = await freshDatabase();
});
afterAll(() => fresh?.close());

describe("export and import", () => {
  it("export → import into an empty database → export is byte-identical", async () => {
    // Some history of every kind: an accepted and a pending status change, an approved and a pending proposal.
    const member = await createMember("xfer");
    const mod = await createMember("xfer-mod", "MODERATOR");
    const [mc, oc] = [await sessionCookie(member.id), await sessionCookie(mod.id)];
    const evidence = [{ kind: "paper", url: "https://arxiv.org/abs/2604.21691" }, { kind: "result", id: "r-123" }];
    const accepted = await call(postStatus, { cookie: mc, params: { id: "od-3" }, body: { to: "PARTIAL_PROGRESS", reason: "Export test.", evidence } });
    const item = await db().reviewItem.findFirstOrThrow({ where: { subjectId: accepted.body.change.id } });
    expect((await call(postDecision, { cookie: oc, params: { itemId: item.id }, body: { decision: "accept" } })).status).toBe(200);
    await call(postStatus, { cookie: mc, params: { id: "od-4" }, body: { to: "NEEDS_RESTATEMENT", reason: "Pending.", evidence } });
    const slug = `xfer-${process.pid}-${Date.now().toString(36)}`;
    const base = { title: "Exported question", direction: "od-5", statement: "Is $x = 1$?", motivation: "Because.", criterion: "Prove it. Or not.", references: [] };
    const p = await call(postProposal, { cookie: mc, body: { ...base, slug } });
    const pItem = await db().reviewItem.findFirstOrThrow({ where: { subjectId: p.body.proposal.id } });
    await call(postDecision, { cookie: oc, params: { itemId: pItem.id }, body: { decision: "accept" } });
    await call(postProposal, { cookie: mc, body: { ...base, slug: `${slug}-pending` } });

    const response = await call(exportRoute, { method: "GET" });
    expect(response.status).toBe(200);
    const first = serializeExport(await exportProblems(db()));
    expect(JSON.stringify(response.body, null, 2) + "\n").toBe(first);
    expect(problemsExportSchema.safeParse(JSON.parse(first)).success).toBe(true);

    const imported = await importProblems(fresh.prisma, JSON.parse(first));
    expect(imported.ok).toBe(true);
    const second = serializeExport(await exportProblems(fresh.prisma));
    expect(second).toBe(first);
    // Pending proposals are back in the queue.
    expect(await fresh.prisma.reviewItem.count({ where: { state: "OPEN" } })).toBe(await db().reviewItem.count({ where: { state: "OPEN", kind: { in: ["PROBLEM_STATUS", "PROBLEM_EDIT", "PROBLEM_PROPOSAL"] } } }));

    // A second import finds history and refuses, changing nothing.
    const again = await importProblems(fresh.prisma, JSON.parse(first));
    expect(again).toMatchObject({ ok: false, code: "conflict" });
    expect(serializeExport(await exportProblems(fresh.prisma))).toBe(first);
  });

  it("refuses a malformed file with field errors", async () => {
    const empty = await freshDatabase();
    try {
      expect(await importProblems(empty.prisma, { format: "something-else" })).toMatchObject({ ok: false, code: "invalid" });
      const data = problemsExportSchema.parse(JSON.parse(serializeExport(await exportProblems(db()))));
      data.problems[0]!.statusChanges.push({ ...data.problems.flatMap((p) => p.statusChanges)[0]!, evidence: [{ kind: "paper", url: "javascript:alert(1)" }] });
      expect(await importProblems(empty.prisma, data)).toMatchObject({ ok: false, code: "invalid" });
      expect(await empty.prisma.problemState.count()).toBe(0);
    } finally {
      await empty.close();
    }
  });
});
