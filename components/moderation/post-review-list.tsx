import Link from "next/link";
import { MemberName } from "@/components/users/member-name";
import type { PostReview } from "@/lib/moderation/post-queue.server";
import { PostDecisionForm } from "./post-decision-form";

const when = (d: Date) => d.toISOString().slice(0, 16).replace("T", " ");

/** Open flagged and held posts, each with its context and the decision form. */
export function PostReviewList({ reviews }: { reviews: PostReview[] }) {
  if (reviews.length === 0) return <p className="text-sm text-ink-2">No flagged or held posts are waiting.</p>;
  return (
    <ol className="flex flex-col gap-8">
      {reviews.map(({ item, post }) => (
        <li key={item.id} className="rounded-lg p-4 ring-1 ring-rule">
          <article aria-labelledby={`review-${item.id}`}>
            <h3 id={`review-${item.id}`} className="font-medium">
              {item.kind === "HELD_POST" ? "Held for approval" : "Flagged"}
              {post ? (
                <>
                  {": "}
                  <Link href={`/forum/t/${post.thread.id}/${post.thread.slug}#p${post.number}`} className="underline">
                    post #{post.number} in “{post.thread.title}”
                  </Link>
                </>
              ) : (
                ": the post no longer exists"
              )}
            </h3>
            <p className="mt-1 text-sm text-ink-2">
              Opened {when(item.openedAt)} UTC because {item.openedBecause}
            </p>
            {post && (
              <>
                <p className="mt-2 text-sm">
                  By {post.author ? <MemberName name={post.author.name} role={post.author.role} handle={post.author.handle} /> : "a deleted account"}
                  {post.author && <> (joined {when(post.author.createdAt).slice(0, 10)})</>}, posted {when(post.createdAt)} UTC
                  {post.hiddenAt && <> · hidden: {post.hiddenReason}</>}
                </p>
                <div className="user-text mt-3 max-h-64 overflow-auto rounded-md bg-paper-2 p-3 text-sm" dangerouslySetInnerHTML={{ __html: post.cookedHtml }} />
                {post.flags.length > 0 && (
                  <ul className="mt-3 list-disc pl-5 text-sm" aria-label="Flags">
                    {post.flags.map((f, i) => (
                      <li key={i}>
                        {f.label}
                        {f.note && `: ${f.note}`} — {f.reporter.name} (@{f.reporter.handle}){!f.counted && ", a new account (not counted toward hiding)"}
                      </li>
                    ))}
                  </ul>
                )}
              </>
            )}
            <div className="mt-4">
              <PostDecisionForm itemId={item.id} held={item.kind === "HELD_POST"} />
            </div>
          </article>
        </li>
      ))}
    </ol>
  );
}
