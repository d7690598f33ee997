// Changes that end existing sessions bump tokenVersion; the session callback rejects tokens
// carrying an older version (JWTs cannot otherwise be revoked).
import { db } from "@/lib/db/client.server";
import { type Result, invalid } from "@/lib/errors";
import { changePasswordSchema, fieldErrorsOf } from "@/lib/validation/user";
import { hashPassword, verifyPassword } from "./password.server";

export async function changePassword(userId: string, input: unknown): Promise<Result<{ tokenVersion: number }>> {
  const parsed = changePasswordSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const user = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) return { ok: false, code: "not-found", message: "This account no longer exists." };
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, parsed.data.currentPassword))) {
    return invalid({ currentPassword: ["That is not your current password."] });
  }
  const updated = await db().user.update({
    where: { id: userId },
    data: { passwordHash: await hashPassword(parsed.data.newPassword), tokenVersion: { increment: 1 } },
    select: { tokenVersion: true },
  });
  return { ok: true, tokenVersion: updated.tokenVersion };
}

export async function signOutEverywhere(userId: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { tokenVersion: { increment: 1 } } });
}

/**
 * Deletes the account and its sign-in identities. Content other people interact with (posts,
 * results, added by later features) must reference users with ON DELETE SET NULL and show
 * "deleted member", so deleting one account never removes anyone else's data.
 */
export async function deleteAccount(userId: string, confirmation: unknown): Promise<Result<object>> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { handle: true } });
  if (!user) return { ok: false, code: "not-found", message: "This account no longer exists." };
  if (confirmation !== user.handle) {
    return invalid({ confirm: [`Type your handle, ${user.handle}, to confirm.`] });
  }
  await db().user.delete({ where: { id: userId } });
  return { ok: true };
}
