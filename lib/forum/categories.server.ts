import "server-only";
// Administrators add, rename, describe and reorder forum categories.
import { z } from "@/lib/zod";
import { db } from "@/lib/db/client.server";
import { conflict, notFound, type Result } from "@/lib/errors";
import { authorize } from "@/lib/policy";
import type { Viewer } from "@/lib/auth/viewer.server";
import { Prisma } from "@/lib/generated/prisma/client";

const fields = {
  name: z.string().trim().min(1, "Name the category.").max(60, "At most 60 characters."),
  description: z.string().trim().min(1, "Describe what belongs here.").max(300, "At most 300 characters."),
  position: z.coerce.number().int("A whole number.").min(1).max(1000),
};
export const categoryInput = z.object({ ...fields, slug: z.string().regex(/^[a-z0-9](?:[a-z0-9-]{0,58}[a-z0-9])?$/, "Lower-case letters, digits and hyphens.") });
export const categoryChanges = z.object({ name: fields.name.optional(), description: fields.description.optional(), position: fields.position.optional() });

const taken = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export async function createCategory(viewer: Viewer, input: z.output<typeof categoryInput>): Promise<Result<{ id: string }>> {
  const refused = authorize(viewer, "forum.category.manage");
  if (refused) return refused;
  try {
    return { ok: true, ...(await db().category.create({ data: input, select: { id: true } })) };
  } catch (error) {
    if (taken(error)) return conflict({ name: ["A category with this name or address exists."] });
    throw error;
  }
}

export async function updateCategory(viewer: Viewer, id: string, changes: z.output<typeof categoryChanges>): Promise<Result<{ id: string }>> {
  const refused = authorize(viewer, "forum.category.manage");
  if (refused) return refused;
  try {
    const updated = await db().category.updateMany({ where: { id }, data: changes });
    return updated.count ? { ok: true, id } : notFound("No such category.");
  } catch (error) {
    if (taken(error)) return conflict({ name: ["Another category has this name."] });
    throw error;
  }
}
