import { db } from "@/lib/db/client.server";
import { type Result, invalid, notFound } from "@/lib/errors";
import { impersonatesStaff, STAFF_TITLE_MESSAGE } from "@/lib/validation/display-name";
import type { ProfileInput } from "@/lib/validation/user";
import type { Prisma } from "@/lib/generated/prisma/client";

const publicFields = { id: true, handle: true, name: true, affiliation: true, orcid: true, bio: true, role: true, createdAt: true } as const;

export type PublicProfile = Prisma.UserGetPayload<{ select: typeof publicFields }>;

export function getProfileByHandle(handle: string): Promise<PublicProfile | null> {
  return db().user.findUnique({ where: { handle }, select: publicFields });
}

export function getAccountSettings(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: { ...publicFields, email: true, emailVerifiedAt: true, emailNotifications: true, watchOnCreate: true, watchOnReply: true, passwordHash: true, accounts: { select: { provider: true } } },
  });
}

export async function updateProfile(userId: string, input: ProfileInput): Promise<Result<{ profile: PublicProfile }>> {
  const current = await db().user.findUnique({ where: { id: userId }, select: { role: true } });
  if (!current) return notFound("This account no longer exists.");
  // Staff may carry a title as a name (they also wear the badge); members may not.
  if (current.role === "MEMBER" && impersonatesStaff(input.name)) return invalid({ name: [STAFF_TITLE_MESSAGE] });
  const profile = await db().user.update({ where: { id: userId }, data: input, select: publicFields });
  return { ok: true, profile };
}
