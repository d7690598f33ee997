const labels = { note: "Note", prediction: "Prediction", warning: "Warning" } as const;

export type CalloutKind = keyof typeof labels;

/** A boxed aside in the text: a note, a falsifiable prediction a demo checks, or a warning. */
export function Callout({ kind = "note", title, children }: { kind?: CalloutKind; title?: string; children: React.ReactNode }) {
  const name = title ?? labels[kind];
  return (
    <div role="note" aria-label={`${labels[kind]}: ${name}`} className={`callout callout-${kind}`}>
      <p className="callout-title">
        <span className="callout-kind">{labels[kind]}</span>
        {title && <span> · {title}</span>}
      </p>
      <div className="callout-body">{children}</div>
    </div>
  );
}
