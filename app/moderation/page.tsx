import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { PostReviewList } from "@/components/moderation/post-review-list";
import { requirePermission } from "@/lib/auth/viewer.server";
import { listPostReviews } from "@/lib/moderation/post-queue.server";
import { ProblemReview } from "@/components/moderation/problem-review";
import { can } from "@/lib/policy";
import { problemReviewQueue } from "@/lib/problems/review.server";

export const metadata = { title: "Review queue", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewQueuePage({ searchParams }: { searchParams: Search }) {
  const viewer = await requirePermission("review.read", "/moderation");
  const { after } = await searchParams;
  const [posts, problems] = await Promise.all([listPostReviews({ after: typeof after === "string" ? after : undefined }), can(viewer, "problem.review") ? problemReviewQueue() : null]);
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <PageHeader eyebrow="Moderation" title="Review queue">
        <p>
          What waits for a moderator, oldest first. When two moderators decide the same item, the first decision stands and the other is told. Every decision
          is kept in the <Link href="/moderation/log">moderation log</Link>.
        </p>
      </PageHeader>
      <section aria-labelledby="posts-heading">
        <h2 id="posts-heading" className="mb-4 text-xl font-semibold">
          Flagged and held posts
        </h2>
        <PostReviewList reviews={posts.items} />
        {posts.nextAfter && (
          <p className="mt-6">
            <Link href={`/moderation?after=${posts.nextAfter}`} className="underline">
              More posts
            </Link>
          </p>
        )}
      </section>
      {problems && (
        <div className="mt-12">
          <ProblemReview entries={problems} />
        </div>
      )}
    </div>
  );
}
