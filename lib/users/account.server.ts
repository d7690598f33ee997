// Changes that end existing sessions bump tokenVersion; the session callback rejects tokens
// carrying an older version (JWTs cannot otherwise be revoked).
import { db } from "@/lib/db/client.server";
import { type Result, conflict, invalid, notFound } from "@/lib/errors";
import type { ChangePasswordInput } from "@/lib/validation/user";
import { hashPassword, verifyPassword } from "./password.server";

const GONE = "This account no longer exists.";

export async function changePassword(userId: string, input: ChangePasswordInput): Promise<Result<{ tokenVersion: number }>> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) return notFound(GONE);
  if (user.passwordHash && !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    return invalid({ currentPassword: ["That is not your current password."] });
  }
  // The write applies only if the hash is still the one just verified: the read and the
  // write agree without holding a transaction open across the (deliberately slow) hashing.
  const newHash = await hashPassword(input.newPassword);
  const updated = await db().user.updateManyAndReturn({
    where: { id: userId, passwordHash: user.passwordHash },
    data: { passwordHash: newHash, tokenVersion: { increment: 1 } },
    select: { tokenVersion: true },
  });
  if (updated.length === 0) return conflict({ currentPassword: ["Your password was changed meanwhile. Reload the page and try again."] });
  return { ok: true, tokenVersion: updated[0]!.tokenVersion };
}

export async function signOutEverywhere(userId: string): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { tokenVersion: { increment: 1 } } });
}

/**
 * Deletes the account and its sign-in identities. Content other people interact with (posts,
 * results, added by later features) must reference users with ON DELETE SET NULL and show
 * "deleted member", so deleting one account never removes anyone else's data.
 */
export async function deleteAccount(userId: string, confirmation: string): Promise<Result<object>> {
  return db().$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { handle: true } });
    if (!user) return notFound(GONE);
    if (confirmation !== user.handle) return invalid({ confirm: [`Type your handle, ${user.handle}, to confirm.`] });
    await tx.user.delete({ where: { id: userId } });
    return { ok: true };
  });
}
