"use client";
// Buttons on a result page that ask the server for new checks: reproduce with other seeds (any
// member), re-check on the current version, force a re-run (moderators).
import { useState } from "react";
import { useRouter } from "next/navigation";
import { Button } from "@/components/ui/button";

async function post(url: string, body?: unknown): Promise<{ ok: boolean; data: { url?: string; error?: string; fieldErrors?: Record<string, string[]> } | null }> {
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { ok: response.ok, data: await response.json().catch(() => null) };
}

function problemText(data: { error?: string; fieldErrors?: Record<string, string[]> } | null): string {
  if (!data) return "The server did not answer; try again.";
  const fields = Object.entries(data.fieldErrors ?? {}).map(([k, v]) => `${k}: ${v.join(" ")}`);
  return fields.length ? fields.join("; ") : (data.error ?? "Something went wrong.");
}

export function ReproduceForm({ resultId, suggestedSeeds }: { resultId: string; suggestedSeeds: string }) {
  const router = useRouter();
  const [seeds, setSeeds] = useState(suggestedSeeds);
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  async function submit(event: React.FormEvent) {
    event.preventDefault();
    const list = seeds.split(",").map((s) => Number(s.trim()));
    setPending(true);
    const { ok, data } = await post(`/api/results/${resultId}/reproduce`, { seeds: list });
    setPending(false);
    if (ok && data?.url) router.push(data.url);
    else setMessage(problemText(data));
  }
  return (
    <form onSubmit={submit} className="flex flex-wrap items-end gap-3 text-sm">
      <label className="flex flex-col gap-1">
        Seeds (comma-separated, up to 10)
        <input value={seeds} onChange={(e) => setSeeds(e.target.value)} className="rounded-md border border-rule bg-paper px-2 py-1 font-mono" />
      </label>
      <Button type="submit" disabled={pending}>
        {pending ? "Submitting…" : "Reproduce with other seeds"}
      </Button>
      {message && (
        <p role="alert" className="w-full text-danger">
          {message}
        </p>
      )}
    </form>
  );
}

export function CheckRequestButton({ url, label }: { url: string; label: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  return (
    <div className="flex flex-col gap-1 text-sm">
      <Button
        type="button"
        variant="secondary"
        disabled={pending}
        onClick={async () => {
          setPending(true);
          const { ok, data } = await post(url);
          setPending(false);
          if (ok) router.refresh();
          else setMessage(problemText(data));
        }}
      >
        {pending ? "Working…" : label}
      </Button>
      {message && (
        <p role="alert" className="text-danger">
          {message}
        </p>
      )}
    </div>
  );
}
