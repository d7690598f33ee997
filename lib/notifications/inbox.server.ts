import "server-only";
// A member's inbox: their notifications newest first (keyset pages), the unread count (one
// indexed count on (userId, readAt)), and marking read. Reading on the site also cancels a
// pending e-mail: the mailer only sends notifications that are still unread.
import { db } from "@/lib/db/client.server";
import { z } from "@/lib/zod";
import { describe } from "./describe";

export const PAGE_SIZE = 20;

export interface InboxItem {
  id: string;
  kind: string;
  reason: string;
  title: string;
  url: string;
  excerpt: string | null;
  /** The latest actor's name (null for the system), and how many people the row stands for. */
  actorName: string | null;
  actorCount: number;
  createdAt: string;
  read: boolean;
  /** What happened, in one line ("Ada replied to you in “…”"). */
  text: string;
}

export const inboxQuerySchema = z.object({
  before: z
    .string()
    .regex(/^\d{13}_[\w-]{1,64}$/, { error: "Not a page cursor." })
    .optional(),
  limit: z.coerce.number().int().min(1).max(50).default(PAGE_SIZE),
});
export type InboxQuery = z.output<typeof inboxQuerySchema>;

export const markReadSchema = z.union([
  z.object({ ids: z.array(z.string().min(1).max(64)).min(1).max(100) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type MarkRead = z.output<typeof markReadSchema>;

const cursorOf = (row: { createdAt: Date; id: string }) => `${row.createdAt.getTime()}_${row.id}`;

export async function listNotifications(userId: string, { before, limit }: InboxQuery): Promise<{ items: InboxItem[]; nextBefore: string | null }> {
  const [time, id] = before ? [new Date(Number(before.slice(0, 13))), before.slice(14)] : [null, null];
  const rows = await db().notification.findMany({
    where: { userId, ...(time && { OR: [{ createdAt: { lt: time } }, { createdAt: time, id: { lt: id! } }] }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: limit + 1,
    select: {
      id: true,
      reason: true,
      actorIds: true,
      createdAt: true,
      readAt: true,
      event: { select: { kind: true, title: true, url: true, excerpt: true, actor: { select: { name: true } } } },
    },
  });
  const items = rows.slice(0, limit).map((n) => {
    const item = {
      id: n.id,
      kind: n.event.kind,
      reason: n.reason,
      title: n.event.title,
      url: n.event.url,
      excerpt: n.event.excerpt,
      actorName: n.event.actor?.name ?? null,
      actorCount: n.actorIds.length,
      createdAt: n.createdAt.toISOString(),
      read: n.readAt !== null,
    };
    return { ...item, text: describe(item) };
  });
  return { items, nextBefore: rows.length > limit ? cursorOf(rows[limit - 1]!) : null };
}

export function unreadCount(userId: string): Promise<number> {
  return db().notification.count({ where: { userId, readAt: null } });
}

/** Marks the member's own notifications read (others' ids are ignored); returns the new unread count. */
export async function markRead(userId: string, which: MarkRead): Promise<number> {
  await db().notification.updateMany({ where: { userId, readAt: null, ...("ids" in which && { id: { in: which.ids } }) }, data: { readAt: new Date() } });
  return unreadCount(userId);
}
