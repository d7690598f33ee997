"use client";
import { useState } from "react";
import { JsonForm } from "@/components/forms/json-form";

const choices = [
  { value: "IMMEDIATE", label: "Soon after a reply or a mention", hint: "A few minutes later, unless you have seen it on the site meanwhile." },
  { value: "DAILY", label: "A daily digest", hint: "One message a day with everything since the last one." },
  { value: "NEVER", label: "Never", hint: "Notifications stay in your inbox on the site." },
] as const;

export function EmailPreferenceForm({ current, verified }: { current: string; verified: boolean }) {
  const [saved, setSaved] = useState(false);
  return (
    <JsonForm action="/api/account/notifications" method="PATCH" submitLabel="Save e-mail settings" onSuccess={() => setSaved(true)}>
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-2 text-sm font-medium">Notification e-mail</legend>
        {choices.map((c) => (
          <label key={c.value} className="flex items-start gap-2 text-sm">
            <input type="radio" name="emailNotifications" value={c.value} defaultChecked={current === c.value} className="mt-1" />
            <span>
              {c.label}
              <span className="block text-xs text-ink-3">{c.hint}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {!verified && <p className="text-sm text-ink-2">Your address is not confirmed, so no notification e-mail is sent to it.</p>}
      {saved && (
        <p role="status" className="text-sm text-ok">
          E-mail settings saved.
        </p>
      )}
    </JsonForm>
  );
}
