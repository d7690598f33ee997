import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { NewResultForm } from "@/components/results/new-result-form";
import { getViewer } from "@/lib/auth/viewer.server";
import { can } from "@/lib/policy";
import { listProblems } from "@/lib/content/problems.server";
import { CLAIM_KINDS } from "@/lib/results/claims";
import { MAX_CHECK_FLOPS, MAX_SEEDS } from "@/lib/results/spec";
import { readSubmissionDraft, rerunCommand } from "@/lib/results/submission-draft";

export const metadata = { title: "Submit a result" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function NewResultPage({ searchParams }: Props) {
  const q = await searchParams;
  const draft = readSubmissionDraft({ experiment: one(q.experiment), params: one(q.params), seeds: one(q.seeds) });
  const viewer = await getViewer();
  return (
    <div className="measure py-12">
      <PageHeader eyebrow="Results" title="Submit a result">
        <p>
          State what you claim about this configuration; the server re-runs it for every seed and reports, claim by
          claim, whether it reproduces, with the numbers. A claim whose precondition is not met comes back
          inconclusive, never refuted.
        </p>
      </PageHeader>
      {draft.ok ? (
        <section aria-labelledby="draft-h" className="flex flex-col gap-4">
          <h2 id="draft-h" className="text-lg font-semibold">
            {draft.experiment.title} <span className="font-mono text-sm text-ink-3">{draft.experiment.id}</span>
          </h2>
          <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-1 text-sm" data-testid="draft-params">
            {Object.entries(draft.params).map(([k, v]) => (
              <div key={k} className="contents">
                <dt className="font-mono text-ink-2">{k}</dt>
                <dd className="font-mono">{JSON.stringify(v)}</dd>
              </div>
            ))}
            <dt className="font-mono text-ink-2">seeds</dt>
            <dd className="font-mono">{draft.seeds.join(", ")}</dd>
          </dl>
          {viewer && can(viewer, "result.submit") ? (
            <NewResultForm
              experiment={draft.experiment.id}
              params={draft.params}
              seeds={draft.seeds}
              observables={draft.experiment.observables.map((o) => ({ key: o.key, label: o.label, role: o.role }))}
              claimKinds={CLAIM_KINDS}
              problems={listProblems().map((p) => ({ id: p.id, title: p.title }))}
              flopsPerSeed={draft.experiment.cost(draft.params).flops}
              maxFlops={MAX_CHECK_FLOPS}
              maxSeeds={MAX_SEEDS}
            />
          ) : viewer ? (
            <p className="text-sm">You are silenced for now, so you cannot submit results.</p>
          ) : (
            <p className="text-sm">
              <Link href={`/signin?callbackUrl=${encodeURIComponent(`/results/new?${new URLSearchParams(Object.entries(q).flatMap(([k, v]) => (typeof v === "string" ? [[k, v]] : [])))}`)}`}>Sign in</Link> to submit this configuration for checking.
            </p>
          )}
          <p className="text-sm text-ink-2">Re-run it on your machine (prints each observable beside its theory value and the verdict):</p>
          <pre className="overflow-x-auto rounded-md bg-paper-2 p-3 font-mono text-sm" tabIndex={0} role="region" aria-label="Command that re-runs it">
            <code>{rerunCommand(draft)}</code>
          </pre>
        </section>
      ) : (
        <section aria-labelledby="err-h" className="rounded-md border border-danger p-4">
          <h2 id="err-h" className="font-semibold text-danger">This link does not describe a valid configuration</h2>
          <ul className="mt-2 list-disc pl-5 text-sm">
            {draft.errors.map((e) => (
              <li key={e.field}>
                <span className="font-mono">{e.field}</span>: {e.message}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm">
            Open a demo in the <Link href="/learn/playground">playground</Link> and use its “Submit this as a result” link.
          </p>
        </section>
      )}
    </div>
  );
}
