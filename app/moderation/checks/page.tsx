// /moderation/checks — result checks whose every retry failed (the queue's dead letters), with re-queueing.
import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";
import { CheckRequestButton } from "@/components/results/result-actions";
import { requirePermission } from "@/lib/auth/viewer.server";
import { deadChecks } from "@/lib/results/read.server";

export const metadata = { title: "Dead checks", robots: { index: false } };

export default async function DeadChecksPage() {
  await requirePermission("check.requeue", "/moderation/checks");
  const checks = await deadChecks();
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <PageHeader eyebrow="Moderation" title="Dead checks">
        <p>Checks the queue gave up on after every retry (not checks that ran and failed: those are verdicts). Put one back once its cause is fixed.</p>
      </PageHeader>
      {checks.length === 0 ? (
        <EmptyState>No dead checks.</EmptyState>
      ) : (
        <ul className="flex flex-col divide-y divide-rule text-sm">
          {checks.map((c) => (
            <li key={c.id} className="flex flex-wrap items-center gap-4 py-3">
              <Link href={`/results/${c.result.id}`}>{c.result.title}</Link>
              <span className="text-ink-3">
                {c.attempts} attempt{c.attempts === 1 ? "" : "s"}
                {c.finishedAt && `, gave up ${c.finishedAt.toISOString().slice(0, 16).replace("T", " ")} UTC`}: {c.failure}
              </span>
              <CheckRequestButton url={`/api/moderation/checks/${c.id}/requeue`} label="Re-queue" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
