"use client";
// Watch or stop watching a problem (a direction: every question under it).
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function WatchButton({ problemId, initial }: { problemId: string; initial: { watching: boolean; watchers: number } }) {
  const [state, setState] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function toggle() {
    setPending(true);
    setError(null);
    try {
      const response = await fetch(`/api/problems/${problemId}/watch`, { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ watching: !state.watching }) });
      const data = await response.json().catch(() => null);
      if (response.ok) setState(data);
      else setError(data?.error ?? `The server answered ${response.status}.`);
    } catch {
      setError("Could not reach the server.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="button" variant="secondary" aria-pressed={state.watching} disabled={pending} onClick={toggle}>
        {state.watching ? "Watching" : "Watch"}
      </Button>
      <span className="text-sm text-ink-2" data-testid="watcher-count">
        {state.watchers} {state.watchers === 1 ? "watcher" : "watchers"}
      </span>
      {error && (
        <span role="alert" className="text-sm text-danger">
          {error}
        </span>
      )}
    </div>
  );
}
