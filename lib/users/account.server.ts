// Changes that end existing sessions revoke their rows and bump tokenVersion; the session check
// (lib/auth/session-claims.server.ts) refuses tokens of revoked sessions or older versions.
import { db } from "@/lib/db/client.server";
import { type Result, conflict, invalid, notFound, rateLimited } from "@/lib/errors";
import type { ChangePasswordInput } from "@/lib/validation/user";
import { LAST_ADMIN, lockAdministrators } from "@/lib/admin/last-admin.server";
import { waitText } from "@/lib/rate-limit/wait-text";
import { hashPassword, verifyPassword } from "./password.server";
import { reservePasswordChangeAttempt } from "./password-attempts.server";

const GONE = "This account no longer exists.";

export async function changePassword(userId: string, input: ChangePasswordInput, address: string | null): Promise<Result<{ tokenVersion: number }>> {
  const user = await db().user.findUnique({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) return notFound(GONE);
  if (user.passwordHash) {
    const attempt = await reservePasswordChangeAttempt(userId, address);
    if (!attempt.allowed) return rateLimited(`Too many wrong current passwords. Try again in ${waitText(attempt.retryAfterSeconds)}.`, attempt.retryAfterSeconds);
    if (!(await verifyPassword(user.passwordHash, input.currentPassword))) return invalid({ currentPassword: ["That is not your current password."] });
    await attempt.succeeded();
  }
  // The write applies only if the hash is still the one just verified: the read and the
  // write agree without holding a transaction open across the (deliberately slow) hashing.
  const newHash = await hashPassword(input.newPassword);
  return db().$transaction(async (tx) => {
    const updated = await tx.user.updateManyAndReturn({
      where: { id: userId, passwordHash: user.passwordHash },
      data: { passwordHash: newHash, tokenVersion: { increment: 1 } },
      select: { tokenVersion: true },
    });
    if (updated.length === 0) return conflict({ currentPassword: ["Your password was changed meanwhile. Reload the page and try again."] });
    await tx.session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
    return { ok: true, tokenVersion: updated[0]!.tokenVersion };
  });
}

export async function signOutEverywhere(userId: string): Promise<void> {
  await db().$transaction([
    db().session.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } }),
    db().user.update({ where: { id: userId }, data: { tokenVersion: { increment: 1 } } }),
  ]);
}

/**
 * Deletes the account and its sign-in identities. Content other people interact with (posts,
 * results, added by later features) must reference users with ON DELETE SET NULL and show
 * "deleted member", so deleting one account never removes anyone else's data.
 */
export async function deleteAccount(userId: string, confirmation: string): Promise<Result<object>> {
  return db().$transaction(async (tx) => {
    const admins = await lockAdministrators(tx);
    const user = await tx.user.findUnique({ where: { id: userId }, select: { handle: true } });
    if (!user) return notFound(GONE);
    if (confirmation !== user.handle) return invalid({ confirm: [`Type your handle, ${user.handle}, to confirm.`] });
    if (admins.has(userId) && admins.size <= 1) return invalid({ confirm: [LAST_ADMIN] });
    await tx.user.delete({ where: { id: userId } });
    return { ok: true };
  });
}
