import { z } from "zod";
import { db } from "@/lib/db/client.server";
import { type Result, invalid, notFound } from "@/lib/errors";
import { authorize, type Actor } from "@/lib/policy";

export function listUsers() {
  return db().user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, handle: true, name: true, email: true, role: true, createdAt: true },
    take: 500,
  });
}

export const roleChangeSchema = z.object({ role: z.enum(["MEMBER", "MODERATOR", "ADMIN"], { error: "Role must be MEMBER, MODERATOR or ADMIN." }) });
export type RoleChange = z.output<typeof roleChangeSchema>;

/** Admins set roles; an admin cannot demote themself, so the site always keeps one. */
export async function setRole(actor: Actor, userId: string, change: RoleChange): Promise<Result<{ role: string }>> {
  const refused = authorize(actor, "user.set-role", { id: userId });
  if (refused) return refused;
  if (userId === actor.id && change.role !== "ADMIN") return invalid({ role: ["You cannot remove your own administrator role."] });
  const updated = await db().user.updateMany({ where: { id: userId }, data: { role: change.role } });
  if (updated.count === 0) return notFound("No such user.");
  return { ok: true, role: change.role };
}
