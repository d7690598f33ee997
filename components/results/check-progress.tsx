"use client";
// Live progress of a result's check over Server-Sent Events (queued with position, seed k of n,
// done). When the check finishes the page reloads its server-rendered verdict. Without JavaScript
// the page's own refresh link does the same.
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import type { CheckState } from "@/lib/results/progress.server";

export function describeState(s: CheckState | null): string {
  if (!s) return "Waiting for the check…";
  if (s.status === "QUEUED") return s.position ? `Queued: ${s.position} check${s.position === 1 ? "" : "s"} ahead.` : "Queued: next to run.";
  if (s.status === "RUNNING") {
    const p = s.progress;
    if (!p || !p.seedCount) return "Running: starting…";
    const pct = p.totalSteps ? ` (${Math.round((100 * p.step) / p.totalSteps)}%)` : "";
    return `Running: seed ${p.seedIndex + 1} of ${p.seedCount}${pct}.`;
  }
  if (s.status === "FAILED") return "The check could not run; moderators have been shown it.";
  return "Done.";
}

export function CheckProgress({ resultId, initial }: { resultId: string; initial: CheckState }) {
  const router = useRouter();
  const [state, setState] = useState<CheckState>(initial);
  useEffect(() => {
    const source = new EventSource(`/api/results/${resultId}/events`);
    source.onmessage = (event) => {
      const next = JSON.parse(event.data) as CheckState;
      setState(next);
      if (next.status === "DONE" || next.status === "FAILED") {
        source.close();
        router.refresh();
      }
    };
    return () => source.close();
  }, [resultId, router]);
  return (
    <p role="status" aria-live="polite" className="font-medium" data-testid="check-progress">
      {describeState(state)}
    </p>
  );
}
