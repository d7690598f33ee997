import { db } from "@/lib/db/client.server";
import { type Result, invalid } from "@/lib/errors";
import { fieldErrorsOf, signUpSchema } from "@/lib/validation/user";
import { Prisma } from "@/lib/generated/prisma/client";
import { uniqueHandle } from "./handle.server";
import { hashPassword } from "./password.server";

const TAKEN = { email: ["An account with this e-mail address already exists. Sign in instead."] };

/** Sign-up with e-mail and password. Nothing is written unless every field is valid. */
export async function createPasswordUser(input: unknown): Promise<Result<{ user: { id: string; handle: string } }>> {
  const parsed = signUpSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { name, email, password } = parsed.data;
  if (await db().user.findUnique({ where: { email }, select: { id: true } })) {
    return { ok: false, code: "conflict", fieldErrors: TAKEN };
  }
  const passwordHash = await hashPassword(password);
  try {
    const user = await db().user.create({
      data: { name, email, passwordHash, handle: await uniqueHandle(name) },
      select: { id: true, handle: true },
    });
    return { ok: true, user };
  } catch (error) {
    // Two sign-ups racing for one address: the unique index decides.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      return { ok: false, code: "conflict", fieldErrors: TAKEN };
    }
    throw error;
  }
}
