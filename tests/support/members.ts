// Members for integration tests, written straight to the database (sign-up itself is tested
// through its routes in accounts.test.ts).
import { db } from "@/lib/db/client.server";
import type { Role } from "@/lib/generated/prisma/enums";
import { hashPassword } from "@/lib/users/password.server";

let n = 0;
export const PASSWORD = "a-good-long-password";
export const uniqueEmail = (tag: string) => `${tag}-${process.pid}-${Date.now().toString(36)}-${n++}@test.example`;

export async function createMember(tag = "m", role: Role = "MEMBER") {
  const email = uniqueEmail(tag);
  const user = await db().user.create({
    data: { name: `Member ${tag}`, email, handle: `${tag}-${process.pid}-${Date.now().toString(36)}-${n++}`.slice(0, 48), role, passwordHash: await hashPassword(PASSWORD), emailVerifiedAt: new Date() },
    select: { id: true, handle: true, name: true, role: true, email: true },
  });
  return { ...user, email };
}
