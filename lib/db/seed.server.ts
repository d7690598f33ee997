// Idempotent seed: safe at every start and when run twice.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Env } from "@/lib/env.server";
import { ensureAdmin } from "@/lib/users/ensure-admin.server";
import { seedProblemStates } from "@/lib/problems/seed-states.server";

export async function seed(prisma: PrismaClient, env: Env): Promise<string[]> {
  const notes: string[] = [];
  if (env.ADMIN_EMAIL) {
    const outcome = await ensureAdmin(prisma, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
    if (outcome !== "unchanged") notes.push(`administrator ${env.ADMIN_EMAIL} ${outcome}`);
  }
  const problems = await seedProblemStates(prisma);
  if (problems) notes.push(`${problems} open problems given a status (open)`);
  return notes;
}
