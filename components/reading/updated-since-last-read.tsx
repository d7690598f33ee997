"use client";
// For a signed-in reader who has read this page before: the changelog entries newer than that
// visit. Pages are static, so the visit is recorded and looked up from the browser.
import { useEffect, useState } from "react";

export interface ChangeEntry {
  date: string; // YYYY-MM-DD
  note: string;
}

export function UpdatedSinceLastRead({ page, changelog }: { page: string; changelog: ChangeEntry[] }) {
  const [since, setSince] = useState<{ at: string; entries: ChangeEntry[] } | null>(null);

  useEffect(() => {
    fetch("/api/reading", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ page }) })
      .then((r) => (r.status === 200 ? r.json() : null))
      .then((data: { previousReadAt: string | null } | null) => {
        const at = data?.previousReadAt;
        if (!at) return;
        const entries = changelog.filter((e) => new Date(`${e.date}T23:59:59Z`) > new Date(at));
        if (entries.length) setSince({ at, entries });
      })
      .catch(() => {});
  }, [page, changelog]);

  if (!since) return null;
  return (
    <aside role="status" className="my-6 rounded-md border-l-4 border-accent bg-paper-2 px-4 py-3 font-sans text-sm" data-testid="updated-since">
      <p className="font-semibold text-ink">Updated since you last read it on {new Date(since.at).toLocaleDateString("en-GB", { dateStyle: "long" })}</p>
      <ul className="mt-1 list-disc pl-5 text-ink-2">
        {since.entries.map((e) => (
          <li key={`${e.date}-${e.note}`}>
            <time dateTime={e.date}>{e.date}</time>: {e.note}
          </li>
        ))}
      </ul>
    </aside>
  );
}
