import "server-only";
// A transaction whose body may return a Failure: the failure rolls everything back (it is thrown
// through Prisma and caught here), so a refused write stores nothing even after earlier steps.
import { db } from "@/lib/db/client.server";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Failure } from "@/lib/errors";

class Rollback extends Error {
  constructor(readonly failure: Failure) {
    super("rolled back");
  }
}

export async function writeTransaction<T extends { ok: true }>(body: (tx: Prisma.TransactionClient) => Promise<T | Failure>): Promise<T | Failure> {
  try {
    return await db().$transaction(async (tx) => {
      const outcome = await body(tx);
      if (!outcome.ok) throw new Rollback(outcome);
      return outcome;
    });
  } catch (error) {
    if (error instanceof Rollback) return error.failure;
    throw error;
  }
}
