// Idempotent seed: safe at every start and when run twice.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Env } from "@/lib/env.server";
import { ensureAdmin } from "@/lib/users/ensure-admin.server";
import { seedProblemStates } from "@/lib/problems/seed-states.server";
import { SEEDED_CATEGORIES } from "@/lib/forum/categories";

export async function seed(prisma: PrismaClient, env: Env): Promise<string[]> {
  const notes: string[] = [];
  if (env.ADMIN_EMAIL) {
    const outcome = await ensureAdmin(prisma, env.ADMIN_EMAIL, env.ADMIN_PASSWORD);
    if (outcome !== "unchanged") notes.push(`administrator ${env.ADMIN_EMAIL} ${outcome}`);
  }
  const problems = await seedProblemStates(prisma);
  if (problems) notes.push(`${problems} open problems given a status (open)`);
  // ON CONFLICT DO NOTHING on slug and name: an administrator's renames and new order stay.
  const created = await prisma.category.createMany({ data: SEEDED_CATEGORIES, skipDuplicates: true });
  if (created.count > 0) notes.push(`${created.count} forum categories created`);
  return notes;
}
