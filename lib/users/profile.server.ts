import { db } from "@/lib/db/client.server";
import { type Result, invalid } from "@/lib/errors";
import { fieldErrorsOf, profileSchema } from "@/lib/validation/user";
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

export async function updateProfile(userId: string, input: unknown): Promise<Result<{ profile: PublicProfile }>> {
  const parsed = profileSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  try {
    const profile = await db().user.update({ where: { id: userId }, data: parsed.data, select: publicFields });
    return { ok: true, profile };
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, code: "conflict", fieldErrors: { orcid: ["Another account already shows this ORCID iD."] } };
    }
    throw error;
  }
}
