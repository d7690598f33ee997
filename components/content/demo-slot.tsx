/**
 * Where a <Demo id="…" /> sits in the text. The live island (components/demos/demo-embed.tsx) is
 * being built in parallel; until it lands this reserves the demo's place with an honest notice,
 * and the text around it reads on its own.
 */
export function DemoSlot({ id }: { id: string; params?: Record<string, unknown> }) {
  return (
    <div className="demo-slot" role="note" aria-label={`Live demo ${id}`}>
      <p className="demo-slot-title">Live demo: {id}</p>
      <p>The interactive version of this experiment is not on the site yet; the text describes what it shows.</p>
    </div>
  );
}
