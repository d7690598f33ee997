// /results/:id — a result's permanent page: claims with verdicts and numbers, per-seed values,
// curves with the theory overlay (server-rendered SVG), environment, content hash, citation and
// badge, reproductions, and the check's live progress while it runs.
import "katex/dist/katex.min.css";
import "@/components/forum/forum.css";
import { Discussion } from "@/components/content/end-matter";
import Link from "next/link";
import { cache, type ReactNode } from "react";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/page-header";
import { VerdictLabel } from "@/components/results/verdict-label";
import { CheckPlots } from "@/components/results/check-plots";
import { CheckProgress } from "@/components/results/check-progress";
import { CheckRequestButton, ReproduceForm } from "@/components/results/result-actions";
import { formatNumber } from "@/components/demos/format";
import { getViewer } from "@/lib/auth/viewer.server";
import { can } from "@/lib/policy";
import { siteOrigin } from "@/lib/env.server";
import { experiments } from "@/lib/experiments/registry";
import { describeTolerance, type Verdict } from "@/lib/experiments/verdict";
import { bibtexEntry } from "@/lib/results/cite";
import { getResult, type CheckView } from "@/lib/results/read.server";
import { checkState } from "@/lib/results/progress.server";
import { needsRuntime } from "@/lib/build/needs-runtime";

type Props = { params: Promise<{ id: string }> };

// The metadata and the page read the same result once per request.
const loadResult = cache(getResult);

export async function generateMetadata({ params }: Props) {
  await connection();
  const r = await loadResult((await params).id);
  const running = r?.latest?.status === "QUEUED" || r?.latest?.status === "RUNNING";
  // A signed-out reader gets the page without the framework unless the progress needs it.
  return { title: r ? r.title : "Result not found", ...(running && { other: needsRuntime }) };
}

const num = (x: number) => formatNumber(x);
const cell = "px-2 py-1 align-top";

/** A labelled, horizontally scrollable table of a check's numbers; the caller gives the rows. */
function ResultTable({ label, testId, columns, children }: { label: string; testId: string; columns: string[]; children: ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      <table className="w-full text-left text-sm" data-testid={testId}>
        <thead className="text-xs text-ink-2">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className={cell}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}

function ClaimsTable({ check }: { check: CheckView }) {
  return (
    <ResultTable label="Claims and their verdicts" testId="claims" columns={["Claim", "Verdict", "Measured", "Theory", "Why"]}>
      {check.claims.map((c, i) => (
        <tr key={i} className="border-t border-rule">
          <th scope="row" className={`${cell} font-normal`}>{c.statement}</th>
          <td className={cell}>
            <VerdictLabel verdict={c.verdict} />
          </td>
          <td className={`${cell} font-mono`}>{num(c.measured)}</td>
          <td className={`${cell} font-mono`}>{num(c.predicted)}</td>
          <td className={`${cell} text-ink-2`}>{c.reason}</td>
        </tr>
      ))}
    </ResultTable>
  );
}

function ObservablesTable({ check, seeds }: { check: CheckView; seeds: number[] }) {
  return (
    <ResultTable label="Every observable, per seed" testId="per-seed" columns={["Observable", "Role", ...seeds.map((s) => `seed ${s}`), "Median", "Spread", "Theory", "Judged"]}>
      {check.observables.map((o) => (
        <tr key={o.key} className="border-t border-rule">
          <th scope="row" className={`${cell} font-normal`} title={o.reason}>
            {o.label} <span className="font-mono text-xs text-ink-3">{o.key}</span>
          </th>
          <td className={cell}>{o.role}</td>
          {o.perSeed.map((v, i) => (
            <td key={i} className={`${cell} font-mono`}>{num(v)}</td>
          ))}
          <td className={`${cell} font-mono`}>{num(o.median)}</td>
          <td className={`${cell} font-mono`}>
            [{num(o.min)}, {num(o.max)}]
          </td>
          <td className={`${cell} font-mono`}>{describeTolerance(o.tolerance, o.predicted)}</td>
          <td className={cell}>
            <VerdictLabel verdict={o.verdict} />
          </td>
        </tr>
      ))}
    </ResultTable>
  );
}

function CheckBody({ check, seeds }: { check: CheckView; seeds: number[] }) {
  if (check.status !== "DONE") return null;
  return (
    <div className="flex flex-col gap-6">
      {check.failure && (
        <p className="rounded-md border border-rule p-3 text-sm" data-testid="check-failure">
          {check.failure}
        </p>
      )}
      <ClaimsTable check={check} />
      {check.observables.length > 0 && <ObservablesTable check={check} seeds={seeds} />}
      {check.curves.length > 0 && <CheckPlots curves={check.curves} />}
      {check.environment && (
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-1 text-sm" data-testid="environment">
          <dt className="text-ink-2">Experiment</dt>
          <dd className="font-mono">{check.environment.experiment}</dd>
          <dt className="text-ink-2">TensorFlow.js</dt>
          <dd className="font-mono">
            {check.environment.tfjs ?? "—"} ({check.environment.backend ?? "—"} backend)
          </dd>
          <dt className="text-ink-2">Node.js</dt>
          <dd className="font-mono">{check.environment.node}</dd>
          <dt className="text-ink-2">Site commit</dt>
          <dd className="font-mono">{check.environment.commit}</dd>
          <dt className="text-ink-2">Run time</dt>
          <dd className="font-mono">{check.runtimeMs !== null ? `${(check.runtimeMs / 1000).toFixed(1)} s` : "—"}</dd>
        </dl>
      )}
    </div>
  );
}

export default async function ResultPage({ params }: Props) {
  await connection();
  const { id } = await params;
  const r = await loadResult(id);
  if (!r) notFound();
  const viewer = await getViewer();
  const origin = siteOrigin();
  const latest = r.latest;
  const live = latest && (latest.status === "QUEUED" || latest.status === "RUNNING") ? await checkState(r.id) : null;
  const verdict = (latest?.status === "DONE" ? latest.verdict : null) as Verdict | null;
  const badgeUrl = `${origin}/results/${r.id}/badge.svg`;
  const pageUrl = `${origin}/results/${r.id}`;
  const current = experiments.find((e) => e.slug === r.experimentId.split("@")[0]);
  const currentVersionChecks = r.checks.filter((c) => c.kind === "CURRENT_VERSION");
  const history = r.checks.filter((c) => c.kind !== "CURRENT_VERSION");
  const nextSeeds = (() => {
    const top = Math.max(...r.spec.seeds);
    return r.spec.seeds.map((_, i) => top + 1 + i).join(",");
  })();
  return (
    <article className="mx-auto flex max-w-5xl flex-col gap-10 px-4 py-12">
      <PageHeader eyebrow="Result" title={r.title}>
        <p className="text-base">
          <VerdictLabel verdict={verdict} pending={latest?.status === "FAILED" ? "could not be checked" : "being checked"} /> ·{" "}
          <span className="font-mono text-sm">{r.experimentId}</span> · by {r.author ? <Link href={`/users/${r.author.handle}`}>{r.author.name}</Link> : "a former member"},{" "}
          <time dateTime={r.createdAt.toISOString()}>{r.createdAt.toISOString().slice(0, 10)}</time>
          {r.reproductionOf && (
            <>
              {" "}
              · reproduces <Link href={`/results/${r.reproductionOf.id}`}>{r.reproductionOf.title}</Link>
            </>
          )}
        </p>
      </PageHeader>

      {r.sameSpecAs && (
        <p className="rounded-md border border-rule p-3 text-sm" data-testid="reused">
          This exact specification was checked before, for <Link href={`/results/${r.sameSpecAs.id}`}>{r.sameSpecAs.title}</Link>: that stored check is shown here rather than run again.
        </p>
      )}

      {live && (
        <section aria-labelledby="progress-h" className="flex flex-col gap-2">
          <h2 id="progress-h" className="text-lg font-semibold">Check in progress</h2>
          <CheckProgress resultId={r.id} initial={live} />
          <noscript>
            <meta httpEquiv="refresh" content="5" />
          </noscript>
          <p className="text-sm text-ink-3">
            This page updates by itself; without JavaScript, <Link href={`/results/${r.id}`}>reload it</Link> to see the verdict.
          </p>
        </section>
      )}

      {r.descriptionSource && <div className="forum-post" dangerouslySetInnerHTML={{ __html: r.descriptionHtml }} />}

      <section aria-labelledby="spec-h" className="flex flex-col gap-3">
        <h2 id="spec-h" className="text-lg font-semibold">What was claimed</h2>
        <dl className="grid grid-cols-[max-content_minmax(0,1fr)] gap-x-6 gap-y-1 text-sm">
          <dt className="text-ink-2">Experiment</dt>
          <dd className="font-mono">{r.spec.experiment}</dd>
          <dt className="text-ink-2">Parameters</dt>
          <dd className="font-mono break-words">
            {Object.entries(r.spec.params)
              .map(([name, value]) => `${name}: ${JSON.stringify(value)}`)
              .join(", ")}
          </dd>
          <dt className="text-ink-2">Seeds</dt>
          <dd className="font-mono">{r.spec.seeds.join(", ")}</dd>
          <dt className="text-ink-2">Content hash</dt>
          <dd className="break-all font-mono" data-testid="spec-hash">sha256:{r.specHash}</dd>
          {r.problemIds.length > 0 && (
            <>
              <dt className="text-ink-2">Open problems</dt>
              <dd>
                {r.problemIds.map((p, i) => (
                  <span key={p}>
                    {i > 0 && ", "}
                    <Link href={`/problems/${p}`}>{p}</Link>
                  </span>
                ))}
              </dd>
            </>
          )}
        </dl>
      </section>

      {latest && latest.status === "DONE" && (
        <section aria-labelledby="verdict-h" className="flex flex-col gap-4">
          <h2 id="verdict-h" className="text-lg font-semibold">
            Verdict: <VerdictLabel verdict={verdict} />
          </h2>
          <CheckBody check={latest} seeds={r.spec.seeds} />
        </section>
      )}

      {latest?.status === "FAILED" && (
        <p className="rounded-md border border-danger p-3 text-sm">The check could not run ({latest.failure}). Moderators see it and can put it back on the queue.</p>
      )}

      {currentVersionChecks.length > 0 && (
        <section aria-labelledby="current-h" className="flex flex-col gap-4">
          <h2 id="current-h" className="text-lg font-semibold">On the current version</h2>
          {currentVersionChecks.map((c) => (
            <div key={c.id} className="grid gap-4 md:grid-cols-2">
              <div>
                <p className="mb-2 text-sm font-medium">{r.experimentId} (as submitted)</p>
                <VerdictLabel verdict={verdict} />
              </div>
              <div>
                <p className="mb-2 text-sm font-medium">{c.experimentId}</p>
                <VerdictLabel verdict={c.status === "DONE" ? c.verdict : null} pending="being checked" />
                {c.status === "DONE" && <ClaimsTable check={c} />}
              </div>
            </div>
          ))}
        </section>
      )}

      {history.length > 1 && (
        <section aria-labelledby="history-h" className="flex flex-col gap-2">
          <h2 id="history-h" className="text-lg font-semibold">Check history</h2>
          <ol className="list-decimal pl-5 text-sm">
            {history.map((c) => (
              <li key={c.id}>
                {c.kind === "RERUN" ? `Re-run forced by ${c.requestedBy?.name ?? "a moderator"}` : "First check"}, <time dateTime={c.queuedAt.toISOString()}>{c.queuedAt.toISOString().slice(0, 16).replace("T", " ")} UTC</time>:{" "}
                <VerdictLabel verdict={c.status === "DONE" ? c.verdict : null} pending={c.status.toLowerCase()} />
              </li>
            ))}
          </ol>
        </section>
      )}

      <section aria-labelledby="cite-h" className="flex flex-col gap-3">
        <h2 id="cite-h" className="text-lg font-semibold">Cite this result</h2>
        <pre className="overflow-x-auto rounded-md bg-paper-2 p-3 font-mono text-xs" tabIndex={0} role="region" aria-label="BibTeX entry" data-testid="bibtex">
          {bibtexEntry({ id: r.id, title: r.title, authorName: r.author?.name ?? null, createdAt: r.createdAt, experimentId: r.experimentId, specHash: r.specHash, verdict }, origin)}
        </pre>
        <p className="flex items-center gap-3 text-sm">
          {/* eslint-disable-next-line @next/next/no-img-element -- a tiny same-origin SVG; next/image adds nothing */}
          <img src={`/results/${r.id}/badge.svg`} alt={`Badge: ${verdict ?? "being checked"}`} height={20} /> Embed the badge:
        </p>
        <pre className="overflow-x-auto rounded-md bg-paper-2 p-3 font-mono text-xs" tabIndex={0} role="region" aria-label="Badge embed code" data-testid="badge-embed">
          {`[![toy result](${badgeUrl})](${pageUrl})\n<a href="${pageUrl}"><img src="${badgeUrl}" alt="toy result verdict"></a>`}
        </pre>
      </section>

      <section aria-labelledby="repro-h" className="flex flex-col gap-3">
        <h2 id="repro-h" className="text-lg font-semibold">Reproductions</h2>
        {r.reproductions.length === 0 ? (
          <p className="text-sm text-ink-3">Nobody has re-run these claims with other seeds yet.</p>
        ) : (
          <ul className="text-sm" data-testid="reproductions">
            {r.reproductions.map((x) => (
              <li key={x.id}>
                <Link href={`/results/${x.id}`}>seeds {(x.spec as { seeds: number[] }).seeds.join(", ")}</Link> by {x.author?.name ?? "a former member"}:{" "}
                <VerdictLabel verdict={x.checks[0]?.status === "DONE" ? x.checks[0].verdict : null} pending="being checked" />
              </li>
            ))}
          </ul>
        )}
        {viewer && can(viewer, "result.submit") ? (
          <ReproduceForm resultId={r.id} suggestedSeeds={nextSeeds} />
        ) : (
          !viewer && (
            <p className="text-sm">
              <Link href={`/signin?callbackUrl=${encodeURIComponent(`/results/${r.id}`)}`}>Sign in</Link> to reproduce it with other seeds.
            </p>
          )
        )}
        <div className="flex flex-wrap gap-3">
          {viewer && current && current.id !== r.experimentId && can(viewer, "result.submit") && <CheckRequestButton url={`/api/results/${r.id}/recheck`} label={`Re-check on ${current.id}`} />}
          {viewer && can(viewer, "result.rerun") && <CheckRequestButton url={`/api/results/${r.id}/rerun`} label="Force a re-run (moderators)" />}
        </div>
      </section>

      <Discussion pageKey={`results/${r.id}`} />
    </article>
  );
}
