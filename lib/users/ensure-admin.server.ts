// The first administrator comes from ADMIN_EMAIL (and ADMIN_PASSWORD to create the account
// when it does not exist yet). Safe to run at every start.
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { emailSchema, passwordSchema } from "@/lib/validation/user";
import { ConfigError } from "@/lib/config-error";
import { hashPassword } from "./password.server";
import { slugify } from "./handle.server";

export async function ensureAdmin(prisma: PrismaClient, rawEmail: string, password?: string): Promise<"created" | "promoted" | "unchanged"> {
  const email = emailSchema.safeParse(rawEmail);
  if (!email.success) throw new ConfigError("ADMIN_EMAIL", `"${rawEmail}" is not an e-mail address.`);
  const existing = await prisma.user.findUnique({ where: { email: email.data }, select: { id: true, role: true } });
  if (existing) {
    if (existing.role === "ADMIN") return "unchanged";
    await prisma.user.update({ where: { id: existing.id }, data: { role: "ADMIN" } });
    return "promoted";
  }
  if (!password) throw new ConfigError("ADMIN_PASSWORD", `is needed to create the administrator account ${email.data}.`);
  const valid = passwordSchema.safeParse(password);
  if (!valid.success) throw new ConfigError("ADMIN_PASSWORD", valid.error.issues[0]!.message);
  let handle = slugify("admin");
  while (await prisma.user.findUnique({ where: { handle }, select: { id: true } })) handle = `${handle}-${Math.random().toString(36).slice(2, 6)}`;
  await prisma.user.create({
    data: { email: email.data, name: "Administrator", handle, role: "ADMIN", passwordHash: await hashPassword(password), emailVerifiedAt: new Date() },
  });
  return "created";
}
