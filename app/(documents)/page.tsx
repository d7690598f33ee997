import { SectionPreview, type PreviewItem } from "@/components/home/section-preview";
import { listPages, type PageMeta } from "@/lib/content/load.server";
import { listDirections } from "@/lib/content/problems.server";
import { site } from "@/lib/site";

const NEWEST = 4;

function previews(pages: PageMeta[]): PreviewItem[] {
  return pages.slice(0, NEWEST).map((p) => ({ href: p.href, title: p.title, meta: `${p.date} · ${p.readingMinutes} min read` }));
}

export default function HomePage() {
  const perspectives = previews(listPages("perspectives"));
  const learn = previews(listPages("learn"));
  const problems = listDirections()
    .slice(0, NEWEST)
    .map(({ direction, questions }) => ({ href: direction.href, title: direction.title, meta: `${questions.length} questions` }));
  return (
    <div className="mx-auto max-w-6xl px-4 py-12">
      <section className="measure !px-0">
        <p className="eyebrow mb-3">{site.tagline}</p>
        <h1 className="font-serif text-4xl font-semibold leading-tight tracking-tight sm:text-5xl">Learning mechanics</h1>
        <div className="prose-lmh mt-6 text-ink-2">
          <p>
            Neural networks are trained by simple rules on enormous numbers of parameters, yet their training follows
            regularities as clean as those of a gas or a pendulum. Learning mechanics is the effort to find those
            regularities and explain them: exactly solvable toy models, limits of infinite width or vanishing step size,
            macroscopic laws such as scaling laws and the edge of stability, hyperparameters that can be disentangled, and
            behaviour that is universal across architectures.
          </p>
          <p>
            This site is where the field gathers. Read essays by researchers, learn from pages whose demos train small
            networks in your browser, follow the open problems, discuss them, and submit toy results that the server
            re-runs and checks against theory.
          </p>
        </div>
      </section>
      <div className="mt-14 grid gap-10 md:grid-cols-2 lg:grid-cols-3">
        <SectionPreview title="Perspectives" href="/perspectives" items={perspectives} empty="No perspectives are published yet." />
        <SectionPreview title="Learn" href="/learn" items={learn} empty="No teaching pages are published yet." />
        <SectionPreview
          title="Open problems"
          href="/problems"
          items={problems}
          empty="No open problems are listed yet."
          // Status lives in the database; this static page shows it through an island: components/islands/recent-problems.ts
          after={<lmh-recent-problems />}
        />
        <SectionPreview title="Forum" href="/forum" items={[]} empty="">
          {/* The latest threads load in the browser (components/islands/latest-discussion.ts): this page is a static document. */}
          <lmh-latest-discussion>
            <p className="text-sm text-ink-2">The latest discussion is in the forum.</p>
          </lmh-latest-discussion>
        </SectionPreview>
        <SectionPreview title="Results" href="/results" items={[]} empty="No toy results have been submitted yet." />
      </div>
    </div>
  );
}
