// Profile URLs use a readable handle derived from the display name, made unique with a suffix.
import { db } from "@/lib/db/client.server";
import type { Prisma } from "@/lib/generated/prisma/client";

export function slugify(name: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 32);
  return base || "member";
}

/** Pass the transaction when inside one: the embedded database has a single connection. */
export async function uniqueHandle(name: string, client: Pick<Prisma.TransactionClient, "user"> = db()): Promise<string> {
  const base = slugify(name);
  const taken = new Set(
    (await client.user.findMany({ where: { handle: { startsWith: base } }, select: { handle: true } })).map((u) => u.handle),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
