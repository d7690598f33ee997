// One registry experiment on the playground: its theory in a few lines, its demo, its sources.
import { DemoEmbed } from "@/components/demos/demo-embed";
import { MathText } from "@/components/demos/math-text";
import type { Experiment } from "@/lib/experiments/types";
import { theoryNotes } from "./theory-notes";

export function ExperimentSection({ exp }: { exp: Experiment }) {
  const headingId = `exp-${exp.slug}-title`;
  const notes = theoryNotes[exp.slug] ?? [exp.summary];
  return (
    // Sections after the first (which may start inside the first screen) are skipped until they near
    // the viewport: their math, posters and tables were most of the page's layout time. The demo
    // island starts loading closer in than that. See components/content/article.css.
    <section
      id={`exp-${exp.slug}`}
      aria-labelledby={headingId}
      className="scroll-mt-20 border-t border-rule pt-10 [&:not(:first-of-type)]:[contain-intrinsic-size:auto_80rem] [&:not(:first-of-type)]:[content-visibility:auto]"
    >
      <h2 id={headingId} className="font-serif text-2xl font-semibold tracking-tight text-ink">
        {exp.title}
      </h2>
      <div className="prose-lmh mt-3 max-w-[68ch] text-ink-2">
        {notes.map((line, i) => (
          <MathText key={i}>{line}</MathText>
        ))}
      </div>
      <DemoEmbed id={exp.id} />
      {exp.references.length > 0 && (
        <p className="text-sm text-ink-2">
          References:{" "}
          {exp.references.map((key, i) => (
            <span key={key}>
              {i > 0 && ", "}
              <a href={`#ref-${key}`} className="font-mono">
                {key}
              </a>
            </span>
          ))}
        </p>
      )}
    </section>
  );
}
