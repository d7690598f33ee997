import "katex/dist/katex.min.css";
import "@/components/content/article.css";
import { notFound, permanentRedirect } from "next/navigation";
import { connection } from "next/server";
import { Bibliography } from "@/components/content/bibliography";
import { CiteThisPage } from "@/components/content/cite-this-page";
import { mdxComponents } from "@/components/content/mdx-components";
import { StatusBadge } from "@/components/problems/status-badge";
import { StatusChangeForm } from "@/components/problems/status-change-form";
import { StatusTimeline } from "@/components/problems/timeline";
import { WatchButton } from "@/components/problems/watch-button";
import { getViewer } from "@/lib/auth/viewer.server";
import { getBibliography, type BibEntry } from "@/lib/content/bibliography.server";
import { formatDay } from "@/lib/content/dates";
import { sectionFeedAlternates } from "@/lib/content/feed-links";
import { renderMdx } from "@/lib/content/mdx-runtime.server";
import { getProblem, getProblemMeta } from "@/lib/content/problems.server";
import { can } from "@/lib/policy";
import { citeProblem } from "@/lib/problems/cite-problem.server";
import { currentText, revisionHistory } from "@/lib/problems/edits.server";
import { mergedProposals, mergedTarget } from "@/lib/problems/proposals.server";
import { getProblemState } from "@/lib/problems/read.server";
import { problemSlug } from "@/lib/problems/schemas";
import { statusTimeline } from "@/lib/problems/status-changes.server";
import { problemWatchState } from "@/lib/problems/watch.server";
import { RevisionList } from "@/components/problems/revision-list";
import { EditForm } from "@/components/problems/edit-form";
import { Discussion } from "@/components/content/end-matter";
import { ResultLinks } from "@/components/results/result-links";
import { resultsForProblem } from "@/lib/results/read.server";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  const meta = getProblemMeta(id);
  return { title: meta?.title ?? "Open problem", description: meta?.summary, alternates: { canonical: `/problems/${id}`, types: sectionFeedAlternates("/problems", "Open problems") } };
}

export default async function ProblemPage({ params }: Props) {
  await connection();
  const { id } = await params;
  if (!problemSlug.safeParse(id).success) notFound();
  const state = await getProblemState(id);
  if (!state) {
    const target = await mergedTarget(id);
    if (target) permanentRedirect(`/problems/${target}`);
    notFound();
  }
  const viewer = await getViewer();
  const [problem, timeline, revisions, merged, watch, results] = await Promise.all([
    getProblem(id),
    statusTimeline(id),
    revisionHistory(id),
    mergedProposals(id),
    problemWatchState(viewer, state),
    resultsForProblem(id),
  ]);
  const latest = revisions[0];
  const mayPropose = !!viewer && can(viewer, "problem.propose");
  const editable = mayPropose && state.kind === "question" ? await currentText(id) : null;
  const direction = state.directionId ? getProblemMeta(state.directionId) : undefined;
  const questions = problem?.kind === "direction" ? problem.questions.map((q) => getProblemMeta(q)!) : [];
  const bibliography = getBibliography();
  const cited = problem?.compiled.cited ?? [];
  const references: BibEntry[] = [...cited, ...(problem?.references ?? []).filter((k) => !cited.some((c) => c.key === k)).map((k) => bibliography.get(k)!)];
  const cite = citeProblem(state);

  return (
    <article className="article-grid">
      <header className="article-main article-header">
        <p className="eyebrow mb-3">
          {state.kind === "direction" ? (
            "Open direction"
          ) : (
            <>
              Question under <a href={`/problems/${state.directionId}`}>{direction?.title ?? state.directionId}</a>
            </>
          )}
        </p>
        <h1 className="font-serif text-3xl font-semibold leading-tight tracking-tight text-ink sm:text-4xl">{latest?.title ?? state.title}</h1>
        {problem?.summary && <p className="mt-4 font-serif text-lg leading-relaxed text-ink-2">{problem.summary}</p>}
        <div className="mt-6 flex flex-col gap-3 border-y border-rule py-3 text-sm text-ink-2">
          <p>
            Status: <StatusBadge status={state.status} />
            {problem?.section && <span className="text-ink-3"> · {problem.section === "site" ? "the site's own" : `paper ${problem.section}`}</span>}
            {problem?.tags.length ? <span className="text-ink-3"> · {problem.tags.join(", ")}</span> : null}
          </p>
          {viewer ? (
            <WatchButton problemId={id} initial={watch} />
          ) : (
            <p>
              <span data-testid="watcher-count">
                {watch.watchers} {watch.watchers === 1 ? "watcher" : "watchers"}
              </span>{" "}
              · <a href={`/signin?callbackUrl=${encodeURIComponent(`/problems/${id}`)}`}>Sign in to watch</a>
            </p>
          )}
        </div>
      </header>

      <div className="article-main article-body prose-lmh">
        {latest ? (
          <>
            <p className="text-sm text-ink-3">
              Text as revised by members (revision {latest.number}, {latest.authorName}).
            </p>
            <h2 id="statement">Statement</h2>
            <div dangerouslySetInnerHTML={{ __html: latest.statementHtml }} />
            <h2 id="background">Background</h2>
            <div dangerouslySetInnerHTML={{ __html: latest.backgroundHtml }} />
            <h2 id="what-would-count-as-resolving-it">What would count as resolving it</h2>
            <div dangerouslySetInnerHTML={{ __html: latest.criterionHtml }} />
            {problem && (
              <details>
                <summary>The text as first published</summary>
                {renderMdx(problem.compiled, mdxComponents(problem.compiled.cited))}
              </details>
            )}
          </>
        ) : (
          problem && renderMdx(problem.compiled, mdxComponents(problem.compiled.cited))
        )}
      </div>

      <footer className="article-main article-end">
        <LinkSection id="questions" title="Questions under this direction" links={questions.map((q) => ({ href: q.href, text: q.title }))} />

        <section aria-labelledby="history" className="end-section">
          <h2 id="history">Status history</h2>
          <StatusTimeline entries={timeline} since={state.createdAt} />
        </section>

        {mayPropose && (
          <section aria-labelledby="propose-status" className="end-section">
            <h2 id="propose-status">Propose a status change</h2>
            <details>
              <summary>Open the form</summary>
              <div className="mt-4">
                <StatusChangeForm problemId={id} status={state.status} moderator={can(viewer!, "problem.change-status")} />
              </div>
            </details>
          </section>
        )}

        <section aria-labelledby="results" className="end-section">
          <h2 id="results">Results bearing on this problem</h2>
          {results.length > 0 ? <ResultLinks results={results} /> : <p>No checked result names this problem yet.</p>}
          {problem?.experiments.length ? (
            <p>
              Experiments of the registry that bear on it:{" "}
              {problem.experiments.map((slug, i) => (
                <span key={slug}>
                  {i > 0 && ", "}
                  <a href={`/results/new?experiment=${slug}`}>{slug}</a>
                </span>
              ))}
              .
            </p>
          ) : null}
        </section>

        <Discussion pageKey={`problems/${id}`} />

        <LinkSection id="related" title="Related problems" links={(problem?.related ?? []).map((r) => ({ href: `/problems/${r}`, text: getProblemMeta(r)?.title ?? r }))} />

        <LinkSection id="raised-by" title="Raised by" links={(problem?.motivatedBy ?? []).map((ref) => ({ href: `/${ref}`, text: ref }))} />

        {merged.length > 0 && (
          <section aria-labelledby="merged" className="end-section">
            <h2 id="merged">Also proposed by</h2>
            <ul className="related-problems">
              {merged.map((m) => (
                <li key={m.slug}>
                  {m.proposerName}, as “{m.title}” ({formatDay(m.decidedAt!.toISOString().slice(0, 10))}; merged here)
                </li>
              ))}
            </ul>
          </section>
        )}

        {editable && (
          <section aria-labelledby="propose-edit" className="end-section">
            <h2 id="propose-edit">Propose an edit</h2>
            <details>
              <summary>Edit the statement, background or criterion</summary>
              <div className="mt-4">
                <EditForm problemId={id} text={editable} />
              </div>
            </details>
          </section>
        )}

        {revisions.length > 0 && (
          <section aria-labelledby="revisions" className="end-section">
            <h2 id="revisions">Revisions</h2>
            <RevisionList revisions={revisions} />
          </section>
        )}

        <CiteThisPage citation={cite} what="problem" />

        <Bibliography entries={references} />
      </footer>
      {/* Escape and touch handling for the citation cards: components/islands/citation-cards.ts */}
      <lmh-citation-cards />
    </article>
  );
}

/** An end-matter section of links (questions, related problems, raising pages); nothing when empty. */
function LinkSection({ id, title, links }: { id: string; title: string; links: { href: string; text: string }[] }) {
  if (links.length === 0) return null;
  return (
    <section aria-labelledby={id} className="end-section">
      <h2 id={id}>{title}</h2>
      <ul className="related-problems">
        {links.map((l) => (
          <li key={l.href}>
            <a href={l.href}>{l.text}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
