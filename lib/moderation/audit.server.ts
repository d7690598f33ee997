// The audit log: every moderator and administrator action, recorded in the same transaction as
// the action itself, so there is no action without its entry and no entry without its action.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client.server";

export interface AuditRecord {
  actor: { id: string; name: string };
  action: string;
  target: { type: string; id: string; label: string };
  reason?: string | null;
  data?: Prisma.InputJsonValue;
}

export async function recordAudit(tx: Pick<Prisma.TransactionClient, "auditEntry">, entry: AuditRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorId: entry.actor.id,
      actorName: entry.actor.name,
      action: entry.action,
      targetType: entry.target.type,
      targetId: entry.target.id,
      targetLabel: entry.target.label,
      reason: entry.reason ?? null,
      data: entry.data,
    },
  });
}

export interface AuditFilters {
  action?: string;
  actorId?: string;
  targetType?: string;
  targetId?: string;
  from?: Date;
  to?: Date;
  /** The id of the last entry of the previous page (entries come newest first). */
  before?: bigint;
  limit?: number;
}

export async function listAudit(filters: AuditFilters) {
  const limit = filters.limit ?? 50;
  const rows = await db().auditEntry.findMany({
    where: {
      action: filters.action,
      actorId: filters.actorId,
      targetType: filters.targetType,
      targetId: filters.targetId,
      createdAt: { gte: filters.from, lt: filters.to },
      id: filters.before === undefined ? undefined : { lt: filters.before },
    },
    orderBy: { id: "desc" },
    take: limit + 1,
  });
  return { entries: rows.slice(0, limit), nextBefore: rows.length > limit ? rows[limit - 1]!.id : null };
}

/** The distinct actions recorded so far, for the log's filter. */
export async function auditActions(): Promise<string[]> {
  const rows = await db().auditEntry.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } });
  return rows.map((r) => r.action);
}
