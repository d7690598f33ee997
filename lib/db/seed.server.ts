// Idempotent seed: safe at every start and when run twice.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Env } from "@/lib/env.server";
import { ensureAdmin } from "@/lib/users/ensure-admin.server";

export async function seed(prisma: PrismaClient, env: Env): Promise<string[]> {
  const notes: string[] = [];
  if (env.ADMIN_EMAIL) {
    const outcome = await ensureAdmin(prisma, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
    if (outcome !== "unchanged") notes.push(`administrator ${env.ADMIN_EMAIL} ${outcome}`);
  }
  return notes;
}
