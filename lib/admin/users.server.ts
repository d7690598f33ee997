import { z } from "zod";
import { db } from "@/lib/db/client.server";
import { type Result, invalid } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/user";
import type { Viewer } from "@/lib/auth/viewer.server";

export function listUsers() {
  return db().user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, handle: true, name: true, email: true, role: true, createdAt: true },
    take: 500,
  });
}

const roleChange = z.object({ role: z.enum(["MEMBER", "MODERATOR", "ADMIN"], { error: "Role must be MEMBER, MODERATOR or ADMIN." }) });

/** Admins set roles; an admin cannot demote themself, so the site always keeps one. */
export async function setRole(actor: Viewer, userId: string, input: unknown): Promise<Result<{ role: string }>> {
  if (actor.role !== "ADMIN") return { ok: false, code: "forbidden", message: "Only administrators change roles." };
  const parsed = roleChange.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  if (userId === actor.id && parsed.data.role !== "ADMIN") return invalid({ role: ["You cannot remove your own administrator role."] });
  const updated = await db().user.updateMany({ where: { id: userId }, data: { role: parsed.data.role } });
  if (updated.count === 0) return { ok: false, code: "not-found", message: "No such user." };
  return { ok: true, role: parsed.data.role };
}
