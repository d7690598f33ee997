// Remembers when a signed-in reader last opened a content page, so the page can show what
// changed since. One row per reader and page, overwritten on each visit.
import { z } from "zod";
import { db } from "@/lib/db/client.server";
import { type Result, invalid } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/user";

export const pageKeySchema = z.object({
  page: z.string({ error: "Name the page, e.g. learn/edge-of-stability." }).regex(/^(perspectives|learn)\/[a-z0-9][a-z0-9-]{0,99}$/, {
    error: "A page is perspectives/<slug> or learn/<slug>.",
  }),
});

/** Records this visit and returns the previous one (null on a first visit). */
export async function recordPageRead(userId: string, input: unknown): Promise<Result<{ previousReadAt: Date | null }>> {
  const parsed = pageKeySchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const key = { userId_page: { userId, page: parsed.data.page } };
  const previous = await db().pageRead.findUnique({ where: key, select: { readAt: true } });
  await db().pageRead.upsert({ where: key, create: { userId, page: parsed.data.page }, update: { readAt: new Date() } });
  return { ok: true, previousReadAt: previous?.readAt ?? null };
}
