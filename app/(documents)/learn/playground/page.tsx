// Every experiment in the registry with its live demo: a place to try them all, and the page the
// demo end-to-end tests and the main-thread benchmark drive.
import { PageHeader } from "@/components/ui/page-header";
import { experiments } from "@/lib/experiments/registry";
import { ExperimentSection } from "./experiment-section";
import { ReferenceList } from "./reference-list";

export const metadata = { title: "Demo playground" };

export default function PlaygroundPage() {
  const citedKeys = [...new Set(experiments.flatMap((e) => e.references))];
  return (
    <div className="mx-auto flex max-w-6xl flex-col gap-10 px-4 py-12 sm:px-6">
      <PageHeader eyebrow="Learn" title="Demo playground">
        <p>
          Every toy experiment the hub can check, with a demo that trains it in your browser, off the main thread, and compares the
          measurements with the theory as they come in. Links keep the configuration; submit one as a result to have the server re-run it.
        </p>
      </PageHeader>
      <nav aria-label="Experiments">
        <ol className="grid gap-1 text-sm sm:grid-cols-2">
          {experiments.map((e) => (
            <li key={e.id}>
              <a href={`#exp-${e.slug}`}>{e.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {experiments.map((e) => (
        <ExperimentSection key={e.id} exp={e} />
      ))}
      <ReferenceList keys={citedKeys} />
    </div>
  );
}
