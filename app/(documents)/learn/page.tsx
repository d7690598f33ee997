import Link from "next/link";
import { PageList } from "@/components/content/page-list";
import { PageHeader } from "@/components/ui/page-header";
import { sequenceFeedPath } from "@/lib/content/feed-links";
import { listPages } from "@/lib/content/load.server";
import { indexMetadata } from "@/lib/content/metadata.server";
import { listSequences } from "@/lib/content/sequences.server";

const description = "Teaching pages, in order, whose demos train small networks in your browser and check them against theory.";

export function generateMetadata() {
  return indexMetadata({ title: "Learn", description, path: "/learn", sequences: listSequences().map((s) => s.id) });
}

export default function LearnIndexPage() {
  const sequences = listSequences();
  const standalone = listPages("learn").filter((p) => !p.sequence);
  return (
    <div className="measure py-12">
      <PageHeader title="Learn">
        <p>{description}</p>
      </PageHeader>
      {sequences.map((s) => (
        <section key={s.id} id={s.id} aria-labelledby={`${s.id}-title`} className="mt-10 scroll-mt-6">
          <h2 id={`${s.id}-title`} className="font-sans text-xl font-semibold">
            {s.title}
          </h2>
          <p className="mt-2 mb-6 font-serif text-base leading-relaxed text-ink-2">
            {s.description} About {s.pages.reduce((m, p) => m + p.readingMinutes, 0)} minutes of reading.{" "}
            <a href={sequenceFeedPath(s.id)}>Follow this sequence (RSS)</a>
          </p>
          <PageList pages={s.pages} numbered />
        </section>
      ))}
      {standalone.length > 0 && (
        <section aria-labelledby="more-title" className="mt-12">
          <h2 id="more-title" className="mb-6 font-sans text-xl font-semibold">
            More pages
          </h2>
          <PageList pages={standalone} />
        </section>
      )}
      <section aria-labelledby="playground-title" className="mt-12 border-t border-rule pt-6">
        <h2 id="playground-title" className="font-sans text-xl font-semibold">
          Playground
        </h2>
        <p className="mt-2 font-serif text-base leading-relaxed text-ink-2">
          Every experiment from these pages, with all of its parameters, in one place: <Link href="/learn/playground">open the playground</Link>.
        </p>
      </section>
    </div>
  );
}
