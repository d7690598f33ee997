import { db } from "@/lib/db/client.server";
import { type Result, conflict } from "@/lib/errors";
import type { ProfileInput } from "@/lib/validation/user";
import { Prisma } from "@/lib/generated/prisma/client";

const publicFields = { id: true, handle: true, name: true, affiliation: true, orcid: true, bio: true, role: true, createdAt: true } as const;

export type PublicProfile = Prisma.UserGetPayload<{ select: typeof publicFields }>;

export function getProfileByHandle(handle: string): Promise<PublicProfile | null> {
  return db().user.findUnique({ where: { handle }, select: publicFields });
}

export function getAccountSettings(userId: string) {
  return db().user.findUnique({
    where: { id: userId },
    select: { ...publicFields, email: true, passwordHash: true, accounts: { select: { provider: true } } },
  });
}

export async function updateProfile(userId: string, input: ProfileInput): Promise<Result<{ profile: PublicProfile }>> {
  try {
    const profile = await db().user.update({ where: { id: userId }, data: input, select: publicFields });
    return { ok: true, profile };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return conflict({ orcid: ["Another account already shows this ORCID iD."] });
    }
    throw error;
  }
}
