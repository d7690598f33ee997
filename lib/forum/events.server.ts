import "server-only";
// What the forum tells the notifications seam (lib/notifications/events.server): a new thread, a
// reply, mentions and quotes, each recorded in the transaction of the write that caused it, so
// an event exists exactly when its post does. Fan-out, inbox and e-mail happen there, not here.
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordEvent } from "@/lib/notifications/events.server";
import { quotedPosts } from "./quotes";

type Tx = Prisma.TransactionClient;

export interface PostFacts {
  actorId: string;
  threadId: string;
  threadSlug: string;
  threadTitle: string;
  categoryId: string;
  postId: string;
  number: number;
  plainText: string;
  /** The cooked HTML (lib/markdown), shown in notification e-mails with its math. */
  html: string;
  /** The thread's tag names: members watching a tag hear of it. */
  tags: string[];
  source: string;
  /** Handles the cooked post links as mentions. */
  mentions: string[];
  replyToAuthorId?: string | null;
  /** Keys events of an edit apart from those of the first version. */
  revision: number;
}

/** The key a post's events are recorded under for e-mail cancellation. */
export const postSource = (postId: string) => `post:${postId}`;

/** The thread's tag names, for the events of its posts. */
export async function threadTagNames(tx: Tx, threadId: string): Promise<string[]> {
  return (await tx.threadTag.findMany({ where: { threadId }, select: { tag: { select: { name: true } } } })).map((t) => t.tag.name);
}

const excerptOf = (text: string) => (text.length > 280 ? `${text.slice(0, 279)}…` : text);

export async function recordThreadEvent(tx: Tx, f: PostFacts) {
  await recordEvent(tx, {
    kind: "forum.thread",
    actorId: f.actorId,
    subject: { type: "thread", id: f.threadId },
    parent: { type: "category", id: f.categoryId },
    url: `/forum/t/${f.threadId}/${f.threadSlug}`,
    title: f.threadTitle,
    excerpt: excerptOf(f.plainText),
    bodyHtml: f.html,
    tags: f.tags,
    sourceKey: postSource(f.postId),
    dedupeKey: `forum.thread:${f.threadId}`,
  });
}

/** A reply's event, then the mentions and quotes of any post (first version, or what an edit added). */
export async function recordPostEvents(tx: Tx, f: PostFacts, { isReply, previousMentions = [], previousSource = "" }: { isReply: boolean; previousMentions?: string[]; previousSource?: string }) {
  const common = {
    actorId: f.actorId,
    subject: { type: "thread" as const, id: f.threadId },
    parent: { type: "category" as const, id: f.categoryId },
    url: `/forum/t/${f.threadId}/${f.threadSlug}#p${f.number}`,
    title: f.threadTitle,
    excerpt: excerptOf(f.plainText),
    bodyHtml: f.html,
    tags: f.tags,
    // An edit or deletion of the post cancels e-mail about it that has not gone yet (cancelPendingMailFor).
    sourceKey: postSource(f.postId),
  };
  const others = (ids: (string | null | undefined)[]) => [...new Set(ids.filter((id): id is string => !!id && id !== f.actorId))];

  if (isReply) await recordEvent(tx, { ...common, kind: "forum.reply", recipients: others([f.replyToAuthorId]), dedupeKey: `forum.reply:${f.postId}` });

  const added = f.mentions.filter((h) => !previousMentions.includes(h));
  if (added.length) {
    const users = await tx.user.findMany({ where: { handle: { in: added } }, select: { id: true } });
    const recipients = others(users.map((u) => u.id));
    if (recipients.length) await recordEvent(tx, { ...common, kind: "forum.mention", recipients, dedupeKey: `forum.mention:${f.postId}:${f.revision}` });
  }

  const before = new Set(quotedPosts(previousSource).map((q) => `${q.threadId}#${q.number}`));
  const quoted = quotedPosts(f.source).filter((q) => !before.has(`${q.threadId}#${q.number}`));
  if (quoted.length) {
    const posts = await tx.post.findMany({ where: { OR: quoted.map((q) => ({ threadId: q.threadId, number: q.number })) }, select: { authorId: true } });
    const recipients = others(posts.map((p) => p.authorId));
    if (recipients.length) await recordEvent(tx, { ...common, kind: "forum.quote", recipients, dedupeKey: `forum.quote:${f.postId}:${f.revision}` });
  }
}

/**
 * A held post's events, recorded when a moderator approves it (nobody heard of it while it was
 * held): the new thread's (for a first post) and the post's own reply, mentions and quotes.
 */
export async function recordApprovedPostEvents(tx: Tx, postId: string) {
  const post = await tx.post.findUniqueOrThrow({
    where: { id: postId },
    select: {
      authorId: true,
      number: true,
      source: true,
      plainText: true,
      cookedHtml: true,
      replyTo: { select: { authorId: true } },
      thread: { select: { id: true, slug: true, title: true, categoryId: true } },
    },
  });
  if (!post.authorId) return;
  const facts: PostFacts = {
    actorId: post.authorId,
    threadId: post.thread.id,
    threadSlug: post.thread.slug,
    threadTitle: post.thread.title,
    categoryId: post.thread.categoryId,
    postId,
    number: post.number,
    plainText: post.plainText,
    html: post.cookedHtml,
    tags: await threadTagNames(tx, post.thread.id),
    source: post.source,
    mentions: mentionedHandles(post.cookedHtml),
    replyToAuthorId: post.replyTo?.authorId,
    revision: 1,
  };
  if (post.number === 1) await recordThreadEvent(tx, facts);
  await recordPostEvents(tx, facts, { isReply: post.number > 1 });
}

/** Handles a cooked post links as mentions (`<a class="mention" href="/users/<handle>">`). */
function mentionedHandles(html: string): string[] {
  return [...html.matchAll(/<a\b([^>]*)>/g)].flatMap(([, attrs]) => (/\bclass="mention"/.test(attrs!) ? [attrs!.match(/\bhref="\/users\/([a-z0-9-]+)"/)?.[1] ?? []].flat() : []));
}
