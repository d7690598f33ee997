"use client";
// How closely the viewer follows one subject, for the pages that show it (a thread, a category, a
// problem, …): a labelled select that saves on change through PUT /api/watches. Pages render it
// only for signed-in members, with the level from watchLevel() (null: normal).
import { useId, useState } from "react";

export type WatchSubjectType = "thread" | "category" | "tag" | "problem" | "direction" | "result";
type Level = "WATCHING" | "TRACKING" | "NORMAL" | "MUTED";

const options: { value: Level; label: string }[] = [
  { value: "WATCHING", label: "Watching: told of every new post" },
  { value: "TRACKING", label: "Tracking: unread count only" },
  { value: "NORMAL", label: "Normal: told only when addressed" },
  { value: "MUTED", label: "Muted: never told" },
];

export interface WatchControlProps {
  subject: { type: WatchSubjectType; id: string };
  /** The viewer's stored level (watchLevel()); null is normal. */
  level: "WATCHING" | "TRACKING" | "MUTED" | null;
  /** Visible label, e.g. "Notifications for this thread". */
  label?: string;
}

export function WatchControl({ subject, level, label = "Notifications" }: WatchControlProps) {
  const id = useId();
  const [current, setCurrent] = useState<Level>(level ?? "NORMAL");
  const [message, setMessage] = useState("");
  return (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={current}
        className="rounded-md border border-rule bg-paper px-2 py-1"
        onChange={async (event) => {
          const next = event.target.value as Level;
          const previous = current;
          setCurrent(next);
          const answer = await fetch("/api/watches", { method: "PUT", headers: { "content-type": "application/json" }, body: JSON.stringify({ subject, level: next }) });
          if (answer.ok) setMessage("Saved.");
          else {
            setCurrent(previous);
            setMessage(((await answer.json().catch(() => null)) as { error?: string } | null)?.error ?? "Could not save; try again.");
          }
        }}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <span role="status" className="text-ink-2">
        {message}
      </span>
    </div>
  );
}
