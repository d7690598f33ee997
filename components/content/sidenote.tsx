/**
 * A footnote shown beside its sentence. At 1200 px and wider it floats into the right gutter;
 * narrower, its number is a button that opens it as a native popover (tap, Escape or tap outside
 * to close) — no JavaScript of ours either way. Styles: annotations.css.
 */
export function Sidenote({ n, children }: { n: string; children: React.ReactNode }) {
  const id = `sidenote-${n}`;
  return (
    <span className="sidenote-wrap">
      <button type="button" className="sidenote-ref" popoverTarget={id} aria-label={`Note ${n}`}>
        {n}
      </button>
      <sup className="sidenote-mark" aria-hidden="true">
        {n}
      </sup>
      <span id={id} popover="auto" role="note" className="sidenote">
        <span className="sidenote-num" aria-hidden="true">
          {n}
        </span>{" "}
        {children}
      </span>
    </span>
  );
}
