"use client";
// What the forum sets on a thread when the member starts it or replies to it (applyDefaultWatch).
import { useState } from "react";
import { JsonForm } from "@/components/forms/json-form";

const levels = [
  { value: "WATCHING", label: "Watching (told of every new post)" },
  { value: "TRACKING", label: "Tracking (unread count only)" },
  { value: "NORMAL", label: "Normal (told only when addressed)" },
] as const;

function LevelSelect({ name, label, current }: { name: string; label: string; current: string | null }) {
  return (
    <label className="flex flex-col gap-1 text-sm">
      {label}
      <select name={name} defaultValue={current ?? "NORMAL"} className="max-w-sm rounded-md border border-rule bg-paper px-2 py-1">
        {levels.map((l) => (
          <option key={l.value} value={l.value}>
            {l.label}
          </option>
        ))}
      </select>
    </label>
  );
}

export function WatchDefaultsForm({ onCreate, onReply }: { onCreate: string | null; onReply: string | null }) {
  const [saved, setSaved] = useState(false);
  return (
    <JsonForm action="/api/account/watch-defaults" method="PATCH" submitLabel="Save following settings" onSuccess={() => setSaved(true)}>
      <LevelSelect name="watchOnCreate" label="When I start a thread" current={onCreate} />
      <LevelSelect name="watchOnReply" label="When I reply to a thread" current={onReply} />
      {saved && (
        <p role="status" className="text-sm text-ok">
          Following settings saved.
        </p>
      )}
    </JsonForm>
  );
}
