import { db } from "@/lib/db/client.server";
import { type Result, conflict } from "@/lib/errors";
import type { SignUpInput } from "@/lib/validation/user";
import { Prisma } from "@/lib/generated/prisma/client";
import { uniqueHandle } from "./handle.server";
import { hashPassword } from "./password.server";

const TAKEN = { email: ["An account with this e-mail address already exists. Sign in instead."] };

/** Sign-up with e-mail and password (input already validated with signUpSchema). */
export async function createPasswordUser({ name, email, password }: SignUpInput): Promise<Result<{ user: { id: string; handle: string } }>> {
  if (await db().user.findUnique({ where: { email }, select: { id: true } })) return conflict(TAKEN);
  const passwordHash = await hashPassword(password);
  try {
    const user = await db().user.create({
      data: { name, email, passwordHash, handle: await uniqueHandle(name) },
      select: { id: true, handle: true },
    });
    return { ok: true, user };
  } catch (error) {
    // Two sign-ups racing for one address: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") return conflict(TAKEN);
    throw error;
  }
}
