import Link from "next/link";
import { PageHeader } from "@/components/ui/page-header";
import { readSubmissionDraft, rerunCommand } from "@/lib/results/submission-draft";

export const metadata = { title: "Submit a result" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function NewResultPage({ searchParams }: Props) {
  const q = await searchParams;
  const draft = readSubmissionDraft({ experiment: one(q.experiment), params: one(q.params), seeds: one(q.seeds) });
  return (
    <div className="measure py-12">
      <PageHeader eyebrow="Results" title="Submit a result">
        <p>
          Submissions open with the results section: the server will re-run this configuration for every seed and
          report, claim by claim, whether it reproduces. Until then, here is the configuration your link carries and
          how to run the same check yourself.
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
