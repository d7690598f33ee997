// One post as the thread page shows it: author, time, reply-to, the cooked HTML, and its actions.
import Link from "next/link";
import type { Viewer } from "@/lib/auth/viewer.server";
import { can } from "@/lib/policy";
import { groupReactions, pageOfPost, type PostView as Post } from "@/lib/forum/thread-view.server";
import { FormattedTime } from "./time";
import { PostActions } from "./post-actions";
import { PostTools } from "@/components/moderation/post-tools";
import { DELETED_BY_MODERATOR } from "@/lib/moderation/labels";

interface Props {
  post: Post;
  thread: { id: string; slug: string; kind: string; authorId: string | null; acceptedPostId: string | null };
  viewer: Viewer | null;
  /** Source of the viewer's own post, for editing. */
  source?: string;
  accepted?: boolean;
}

export function PostView({ post, thread, viewer, source, accepted }: Props) {
  const href = (n: number) => `/forum/t/${thread.id}/${thread.slug}?page=${pageOfPost(n)}#p${n}`;
  const gone = post.deletedAt || post.hiddenAt || post.heldAt;
  const mine = viewer && post.authorId === viewer.id;
  const staff = can(viewer, "post.moderate");
  return (
    <article id={accepted ? undefined : `p${post.number}`} aria-labelledby={`p${post.number}-h${accepted ? "-a" : ""}`} className="scroll-mt-20 border-b border-rule py-5">
      <header className="mb-2 flex flex-wrap items-baseline gap-x-3 text-sm text-ink-2">
        <h3 id={`p${post.number}-h${accepted ? "-a" : ""}`} className="font-medium text-ink">
          {post.author ? <Link href={`/users/${post.author.handle}`}>{post.author.name}</Link> : "Former member"}
        </h3>
        <a href={href(post.number)} className="text-ink-3">
          #{post.number}
        </a>
        <FormattedTime date={post.createdAt} />
        {post.replyTo && (
          <a href={href(post.replyTo.number)}>in reply to {post.replyTo.author ? `@${post.replyTo.author.handle}` : "a former member"}</a>
        )}
        {post.editedAt && !gone && <Link href={`/forum/p/${post.id}/history`}>edited (revision {post.revision})</Link>}
        {accepted && <strong className="text-accent">Accepted answer</strong>}
      </header>
      {post.deletedAt ? (
        <p className="italic text-ink-3">{post.hiddenReason?.startsWith(DELETED_BY_MODERATOR) ? "Deleted by a moderator." : "Deleted by its author."}</p>
      ) : (post.hiddenAt || post.heldAt) && !post.cookedHtml ? (
        <p className="italic text-ink-3">{post.hiddenAt ? "Hidden by a moderator." : "A post waiting for a moderator’s approval."}</p>
      ) : (
        <>
          {(post.hiddenAt || post.heldAt) && (
            <p role="note" className="mb-2 text-sm text-danger">
              {post.hiddenAt ? `Hidden from members: ${post.hiddenReason}` : mine ? "Only you and the moderators see this post until a moderator approves it." : "Held for approval."}
            </p>
          )}
          {/* Sanitized when it was cooked (lib/markdown), stored and served as it is. */}
          <div className="forum-post" dangerouslySetInnerHTML={{ __html: post.cookedHtml }} />
        </>
      )}
      {viewer && !post.deletedAt && !accepted && (staff || (!gone && can(viewer, "post.flag", post))) && (
        <PostTools postId={post.id} staff={staff} hidden={!!post.hiddenAt} canFlag={!gone && can(viewer, "post.flag", post)} />
      )}
      {!gone && !accepted && (
        <PostActions
          postId={post.id}
          threadId={thread.id}
          slug={thread.slug}
          number={post.number}
          authorHandle={post.author?.handle ?? null}
          signedIn={!!viewer}
          mayReact={!!viewer && can(viewer, "forum.post.react", post)}
          reactions={groupReactions(post.reactions).map((r) => ({ kind: r.kind, count: r.who.length, mine: !!viewer && r.who.some((w) => w.handle === viewer.handle), who: r.who.map((w) => w.name).join(", ") }))}
          edit={mine && source !== undefined && can(viewer, "forum.post.edit", post) ? { source, revision: post.revision } : undefined}
          mayDelete={!!mine && can(viewer, "forum.post.delete", post)}
          accept={thread.kind === "QUESTION" && post.number > 1 && can(viewer, "forum.answer.accept", { threadAuthorId: thread.authorId }) ? { accepted: thread.acceptedPostId === post.id } : undefined}
        />
      )}
      {!gone && post.reactions.length > 0 && (
        <p className="mt-1 text-xs text-ink-3">
          {groupReactions(post.reactions)
            .filter((r) => r.who.length)
            .map((r) => `${{ LIKE: "Liked", INSIGHTFUL: "Found insightful", DOUBT: "Has doubts" }[r.kind]} by ${r.who.map((w) => w.name).join(", ")}`)
            .join(" · ")}
        </p>
      )}
    </article>
  );
}
