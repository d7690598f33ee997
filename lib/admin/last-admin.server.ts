// The site must keep at least one administrator. Every change that can remove one (a role
// change, a deletion) first locks all administrator rows in its transaction: a concurrent
// change waits, then sees the outcome of the first, so two administrators demoting each other
// at the same moment cannot both succeed.
import type { Prisma } from "@/lib/generated/prisma/client";

export const LAST_ADMIN = "The site would be left without an administrator. Make someone else an administrator first.";

/** Ids of the current administrators, locked until the transaction ends. */
export async function lockAdministrators(tx: Prisma.TransactionClient): Promise<Set<string>> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT "id" FROM "User" WHERE "role" = 'ADMIN' ORDER BY "id" FOR UPDATE`;
  return new Set(rows.map((r) => r.id));
}
