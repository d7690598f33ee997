import "server-only";
// A transaction whose body may return a Failure after it has written (say, after winning the
// review item): the failure rolls the whole transaction back, so a refused request changes nothing.
import type { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/db/client.server";
import type { Failure, Result } from "@/lib/errors";

class Refused extends Error {
  constructor(readonly failure: Failure) {
    super(failure.code);
  }
}

export async function inTransaction<T>(body: (tx: Prisma.TransactionClient) => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await db().$transaction(async (tx) => {
      const result = await body(tx);
      if (!result.ok) throw new Refused(result);
      return result;
    });
  } catch (error) {
    if (error instanceof Refused) return error.failure;
    throw error;
  }
}

/** Prisma's unique-constraint violation (a concurrent request took the same key). */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && (error as { code?: unknown }).code === "P2002";
}
