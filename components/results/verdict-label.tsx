// The three verdicts as words with a mark, in the colours the demos use for them.
import type { Verdict } from "@/lib/experiments/verdict";

const style: Record<Verdict | "met" | "not-met", { mark: string; text: string; className: string }> = {
  reproduced: { mark: "✓", text: "reproduced", className: "text-ok" },
  "not-reproduced": { mark: "✗", text: "not reproduced", className: "text-danger" },
  inconclusive: { mark: "?", text: "inconclusive", className: "text-ink-2" },
  met: { mark: "✓", text: "precondition met", className: "text-ok" },
  "not-met": { mark: "✗", text: "precondition not met", className: "text-ink-2" },
};

export function VerdictLabel({ verdict, pending }: { verdict: string | null; pending?: string }) {
  const s = verdict ? style[verdict as keyof typeof style] : undefined;
  if (!s) return <span className="text-ink-3">{pending ?? "not yet checked"}</span>;
  return (
    <span className={`font-medium ${s.className}`} data-verdict={verdict}>
      <span aria-hidden="true">{s.mark} </span>
      {s.text}
    </span>
  );
}
