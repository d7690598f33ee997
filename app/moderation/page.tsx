import { PageHeader } from "@/components/ui/page-header";
import { ProblemReview } from "@/components/moderation/problem-review";
import { requirePermission } from "@/lib/auth/viewer.server";
import { problemReviewQueue } from "@/lib/problems/review.server";

export const metadata = { title: "Review queue", robots: { index: false } };

// The moderators' review queue. Each domain renders its own part (its component decides its items).
export default async function ModerationPage() {
  await requirePermission("problem.review", "/moderation");
  const problems = await problemReviewQueue();
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <PageHeader eyebrow="Moderation" title="Review queue">
        <p>
          What waits for a moderator&rsquo;s decision, oldest first. Every decision is recorded in the <a href="/moderation/log">moderation log</a>.
        </p>
      </PageHeader>
      <ProblemReview entries={problems} />
    </div>
  );
}
