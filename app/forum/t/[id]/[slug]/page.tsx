// A thread: flat posts in order, POSTS_PER_PAGE (20) to a page (a page is a range of post numbers), the accepted
// answer under the question, and the reply composer. A returning reader lands on the first unread post.
import { sectionFeedAlternates } from "@/lib/content/feed-links";
import { cache } from "react";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { getViewer } from "@/lib/auth/viewer.server";
import { forumId } from "@/lib/forum/schemas";
import { getThreadView, pageOfPost } from "@/lib/forum/thread-view.server";
import { db } from "@/lib/db/client.server";
import { can } from "@/lib/policy";
import { PostView } from "@/components/forum/post-view";
import { ReadMarker, ReplyBox } from "@/components/forum/reply-box";
import { FormattedTime } from "@/components/forum/time";
import { ThreadTools } from "@/components/moderation/thread-tools";
import { WatchControl } from "@/components/notifications/watch-control";
import { watchLevel } from "@/lib/notifications/watches.server";
import { listCategories } from "@/lib/forum/lists.server";

type Props = { params: Promise<{ id: string; slug: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

// Metadata and page share one read per request.
const view = cache(async (id: string, page: number) => getThreadView(id, await getViewer(), page));
async function load(params: Props["params"], page = 1) {
  const id = forumId.safeParse((await params).id);
  return id.success ? view(id.data, page) : null;
}

const pageOf = (search: Record<string, string | string[] | undefined>) => (typeof search.page === "string" && /^\d{1,6}$/.test(search.page) ? Number(search.page) : null);

export async function generateMetadata({ params, searchParams }: Props) {
  const loaded = await load(params, pageOf(await searchParams) ?? 1);
  if (!loaded) return { title: "Thread not found" };
  const path = `/forum/t/${loaded.thread.id}/${loaded.thread.slug}`;
  return { title: `${loaded.thread.title} · Forum`, alternates: { canonical: path, types: sectionFeedAlternates(path, loaded.thread.title) } };
}

export default async function ThreadPage({ params, searchParams }: Props) {
  const search = await searchParams;
  const pageParam = pageOf(search);
  const viewer = await getViewer();
  const loaded = await load(params, pageParam ?? 1);
  if (!loaded) notFound();
  const { thread, posts, page, pages, lastRead } = loaded;
  const base = `/forum/t/${thread.id}/${thread.slug}`;
  if ((await params).slug !== thread.slug) redirect(base);
  const firstUnread = lastRead !== null && lastRead > 0 && lastRead < thread.postCount ? lastRead + 1 : null;
  // Opening a thread (no page asked for) jumps to the first post the reader has not read.
  if (pageParam === null && firstUnread && pageOfPost(firstUnread) !== 1) redirect(`${base}?page=${pageOfPost(firstUnread)}#p${firstUnread}`);
  const own = viewer ? await db().post.findMany({ where: { threadId: thread.id, authorId: viewer.id, id: { in: posts.map((p) => p.id) } }, select: { id: true, source: true } }) : [];
  const sourceOf = new Map(own.map((p) => [p.id, p.source]));
  const pageHref = (n: number) => `${base}?page=${n}`;
  const pageKind = thread.pageKey?.split("/")[0];
  return (
    <div className="mx-auto max-w-3xl px-4 py-12">
      <p className="eyebrow mb-2">
        <Link href="/forum">Forum</Link> · <Link href={`/forum/c/${thread.category.slug}`}>{thread.category.name}</Link>
      </p>
      <h1 className="font-serif text-3xl font-semibold tracking-tight">{thread.title}</h1>
      <p className="mt-2 text-sm text-ink-2">
        {thread.kind === "QUESTION" ? "Question" : "Discussion"}
        {thread.author && (
          <>
            {" "}
            started by <Link href={`/users/${thread.author.handle}`}>{thread.author.name}</Link>
          </>
        )}{" "}
        · <FormattedTime date={thread.createdAt} /> · {thread.postCount} {thread.postCount === 1 ? "post" : "posts"}
        {thread.tags.map(({ tag }) => (
          <span key={tag.name}>
            {" · "}
            <Link href={`/forum/tag/${tag.name}`}>#{tag.name}</Link>
          </span>
        ))}
      </p>
      {viewer && (
        <div className="mt-3 text-sm">
          <WatchControl subject={{ type: "thread", id: thread.id }} level={await watchLevel(viewer.id, { type: "thread", id: thread.id })} label="Notifications for this thread" />
        </div>
      )}
      {thread.lockedAt && (
        <p className="mt-2 text-sm" role="note">
          Locked: members can read this thread but not reply.
        </p>
      )}
      {can(viewer, "thread.moderate") && (
        <div className="mt-4">
          <ThreadTools
            threadId={thread.id}
            title={thread.title}
            locked={!!thread.lockedAt}
            pinned={!!thread.pinnedAt}
            categorySlug={thread.category.slug}
            categories={(await listCategories()).map((c) => ({ slug: c.slug, name: c.name }))}
          />
        </div>
      )}
      {thread.pageKey && (
        <p className="mt-2 text-sm">
          The discussion of the {{ learn: "learning page", perspectives: "perspective", problems: "open problem", results: "result" }[pageKind!] ?? "page"} <Link href={`/${thread.pageKey}`}>/{thread.pageKey}</Link>.
        </p>
      )}
      {firstUnread && (
        <p className="mt-2 text-sm">
          <a href={`${pageHref(pageOfPost(firstUnread))}#p${firstUnread}`}>Jump to the first unread post (#{firstUnread})</a>
        </p>
      )}
      <section aria-labelledby="posts-h" className="mt-6">
        <h2 id="posts-h" className="sr-only">
          Posts
        </h2>
        {posts.map((post) => (
          <div key={post.id}>
            <PostView post={post} thread={thread} viewer={viewer} source={sourceOf.get(post.id)} />
            {post.number === 1 && thread.acceptedPost && (
              <section aria-label="Accepted answer" className="my-2 rounded-md border-2 border-accent px-4">
                <PostView post={thread.acceptedPost} thread={thread} viewer={viewer} accepted />
              </section>
            )}
          </div>
        ))}
      </section>
      {pages > 1 && (
        <nav aria-label="Pages of this thread" className="mt-6 flex flex-wrap gap-2 text-sm">
          {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
            <Link key={n} href={pageHref(n)} aria-current={n === page ? "page" : undefined} className="rounded px-2 py-1 ring-rule aria-[current=page]:font-semibold aria-[current=page]:ring-1">
              {n}
            </Link>
          ))}
        </nav>
      )}
      <p className="mt-4 text-sm">
        <a href={`${base}/feed.xml`}>RSS</a> · <a href={`${base}/atom.xml`}>Atom</a>
      </p>
      <section aria-label="Reply" className="mt-8">
        {!viewer ? (
          <p>
            <Link href={`/signin?callbackUrl=${encodeURIComponent(base)}`}>Sign in to reply</Link>.
          </p>
        ) : can(viewer, "thread.reply", { lockedAt: thread.lockedAt }) ? (
          <ReplyBox threadId={thread.id} />
        ) : (
          <p role="status">{thread.lockedAt ? "This thread is locked: only moderators can post in it." : "You are silenced for now: you can read, but not reply."}</p>
        )}
      </section>
      {viewer && posts.length > 0 && <ReadMarker threadId={thread.id} upTo={posts.at(-1)!.number} />}
    </div>
  );
}
