import { z } from "@/lib/zod";
import { db } from "@/lib/db/client.server";
import { type Result, forbidden, invalid, notFound } from "@/lib/errors";
import { authorize } from "@/lib/policy";
import type { Viewer } from "@/lib/auth/session-user";
import { recordAudit } from "@/lib/moderation/audit.server";
import { recordEvent } from "@/lib/notifications/events.server";
import { LAST_ADMIN, lockAdministrators } from "./last-admin.server";

const roleNames = { MEMBER: "member", MODERATOR: "moderator", ADMIN: "administrator" } as const;

export function listUsers() {
  return db().user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, handle: true, name: true, email: true, role: true, createdAt: true },
    take: 500,
  });
}

export const roleChangeSchema = z.object({ role: z.enum(["MEMBER", "MODERATOR", "ADMIN"], { error: "Role must be MEMBER, MODERATOR or ADMIN." }) });
export type RoleChange = z.output<typeof roleChangeSchema>;

/** Admins set roles. Nobody demotes themself, and the last administrator stays one. */
export async function setRole(actor: Pick<Viewer, "id" | "name" | "role">, userId: string, change: RoleChange): Promise<Result<{ role: string }>> {
  const refused = authorize(actor, "user.set-role", { id: userId });
  if (refused) return refused;
  if (userId === actor.id && change.role !== "ADMIN") return invalid({ role: ["You cannot remove your own administrator role."] });
  return db().$transaction(async (tx) => {
    const admins = await lockAdministrators(tx);
    // The session said the actor was an administrator; under the lock, it must still be true.
    if (!admins.has(actor.id)) return forbidden("You are no longer an administrator.");
    const target = await tx.user.findUnique({ where: { id: userId }, select: { role: true, name: true, handle: true } });
    if (!target) return notFound("No such user.");
    if (target.role === "ADMIN" && change.role !== "ADMIN" && admins.size <= 1) return invalid({ role: [LAST_ADMIN] });
    if (target.role === change.role) return { ok: true, role: change.role };
    await tx.user.update({ where: { id: userId }, data: { role: change.role } });
    await recordAudit(tx, {
      actor,
      action: "user.set-role",
      target: { type: "user", id: userId, label: `${target.name} (@${target.handle})` },
      data: { from: target.role, to: change.role },
    });
    // The member hears of it in their inbox; the update's timestamp tells this change from later ones.
    const { updatedAt } = await tx.user.findUniqueOrThrow({ where: { id: userId }, select: { updatedAt: true } });
    await recordEvent(tx, {
      kind: "account.role",
      actorId: actor.id,
      subject: { type: "user", id: userId },
      url: "/account",
      title: `Your role is now ${roleNames[change.role]}`,
      recipients: [userId],
      dedupeKey: `account.role:${userId}:${updatedAt.getTime()}`,
    });
    return { ok: true, role: change.role };
  });
}
