import "server-only";
// The one way a domain says "this happened" to the notification service. Call it inside the
// transaction that makes the change, so an event exists exactly when the change does; fan-out to
// recipients happens afterwards, outside the writer's request. Recording is idempotent by
// `dedupeKey` (a retried job or request records nothing twice).
import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/generated/prisma/client";

type Tx = Pick<Prisma.TransactionClient, "event" | "$queryRaw">;

export type EventKind =
  | "forum.thread"
  | "forum.reply"
  | "forum.mention"
  | "forum.quote"
  /** Batched per subject into one unread notification per member ("3 people reacted"). */
  | "forum.reaction"
  | "problem.status"
  | "problem.result"
  | "problem.question"
  | "result.checked"
  | "account.role";

/** What events are about. All but "user" can be watched (WATCHABLE_SUBJECT_TYPES). */
export type SubjectType = "thread" | "category" | "tag" | "problem" | "direction" | "result" | "user";

export const WATCHABLE_SUBJECT_TYPES = ["thread", "category", "tag", "problem", "direction", "result"] as const satisfies readonly SubjectType[];

export interface Subject {
  type: SubjectType;
  id: string;
}

export interface EventInput {
  kind: EventKind;
  /** Who caused it; null for the system (a finished check). Never told of their own event. */
  actorId: string | null;
  subject: Subject;
  /** The subject's container, whose watchers are told too (a thread's category, a question's direction). */
  parent?: Subject;
  /** Site-relative link, e.g. /forum/t/12/slug#p3. */
  url: string;
  title: string;
  /** Plain text, not HTML. */
  excerpt?: string;
  /** Members addressed directly: mentioned, quoted, replied to, a result's author. */
  recipients?: string[];
  /** Unique per happening, e.g. "forum.reply:<postId>"; recording the same key twice is a no-op. */
  dedupeKey: string;
  /** The subject's tags: members watching one of them are told too. */
  tags?: string[];
  /** The post's cooked HTML from renderUserMarkdown (already sanitized): e-mails show it, math included. */
  bodyHtml?: string;
  /** What an edit or removal of cancels pending e-mail for, e.g. "post:<id>" (cancelPendingMailFor); default: dedupeKey. */
  sourceKey?: string;
}

const EXCERPT_CHARS = 280;

/** Records the event (or finds the one recorded under the same key); returns its id. */
export async function recordEvent(tx: Tx, input: EventInput): Promise<string> {
  const recipients = [...new Set(input.recipients ?? [])].filter((id) => id !== input.actorId);
  const excerpt = input.excerpt ? clip(input.excerpt) : null;
  // ON CONFLICT, not a read then a write (Prisma's upsert races on PostgreSQL): a unique violation
  // would abort the caller's whole transaction.
  const inserted = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO "Event" ("id", "kind", "actorId", "subjectType", "subjectId", "parentType", "parentId", "url", "title", "excerpt", "recipientIds", "dedupeKey", "tags", "bodyHtml", "sourceKey")
    VALUES (${randomUUID()}, ${input.kind}, ${input.actorId}, ${input.subject.type}, ${input.subject.id}, ${input.parent?.type ?? null}, ${input.parent?.id ?? null},
            ${input.url}, ${input.title}, ${excerpt}, ${recipients}::text[], ${input.dedupeKey}, ${[...new Set(input.tags ?? [])]}::text[], ${input.bodyHtml ?? null},
            ${input.sourceKey ?? input.dedupeKey})
    ON CONFLICT ("dedupeKey") DO NOTHING
    RETURNING "id"`;
  if (inserted.length === 1) return inserted[0]!.id;
  return (await tx.event.findUniqueOrThrow({ where: { dedupeKey: input.dedupeKey }, select: { id: true } })).id;
}

function clip(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length <= EXCERPT_CHARS ? flat : `${flat.slice(0, EXCERPT_CHARS - 1)}…`;
}
