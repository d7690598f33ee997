// Remembers when a signed-in reader last opened a content page, so the page can show what
// changed since. One row per reader and page, overwritten on each visit.
import { z } from "@/lib/zod";
import { db } from "@/lib/db/client.server";

export const pageKeySchema = z.object({
  page: z.string({ error: "Name the page, e.g. learn/edge-of-stability." }).regex(/^(perspectives|learn)\/[a-z0-9][a-z0-9-]{0,99}$/, {
    error: "A page is perspectives/<slug> or learn/<slug>.",
  }),
});

/** Records this visit and returns the previous one (null on a first visit), as one transaction. */
export function recordPageRead(userId: string, page: string): Promise<{ previousReadAt: Date | null }> {
  const key = { userId_page: { userId, page } };
  return db().$transaction(async (tx) => {
    const previous = await tx.pageRead.findUnique({ where: key, select: { readAt: true } });
    await tx.pageRead.upsert({ where: key, create: { userId, page }, update: { readAt: new Date() } });
    return { previousReadAt: previous?.readAt ?? null };
  });
}
