"use client";
// Propose a status change with evidence (members), or make it at once (moderators, "direct").
import { useState } from "react";
import { FormField, JsonForm, useFormErrors } from "@/components/forms/json-form";
import { EVIDENCE_URL_MAX, PROBLEM_REASON_MAX } from "@/lib/problems/limits";
import { problemStatuses, statusLabels, transitions, type ProblemStatus } from "@/lib/problems/status";

const EVIDENCE_ROWS = 3;

function toBody(values: Record<string, string>) {
  const evidence = Array.from({ length: EVIDENCE_ROWS }, (_, i) => ({ kind: values[`kind${i}`] ?? "paper", value: (values[`value${i}`] ?? "").trim() }))
    .filter((e) => e.value)
    .map((e) => (e.kind === "result" ? { kind: e.kind, id: e.value } : { kind: e.kind, url: e.value }));
  return { to: values.to, reason: values.reason, evidence, direct: values.direct === "on" };
}

export function StatusChangeForm({ problemId, status, moderator }: { problemId: string; status: ProblemStatus; moderator: boolean }) {
  const [done, setDone] = useState<string | null>(null);
  if (done) return <p role="status">{done}</p>;
  const options = problemStatuses.filter((s) => transitions[status].includes(s));
  return (
    <JsonForm
      action={`/api/problems/${problemId}/status-changes`}
      submitLabel="Send"
      toBody={toBody}
      onSuccess={(data) => {
        const accepted = (data as { change: { state: string } }).change.state === "ACCEPTED";
        if (accepted) window.location.reload();
        else setDone("Thank you: your proposal is in the moderators' queue. Accepted changes appear on the timeline.");
      }}
    >
      <div className="flex flex-col gap-1">
        <label htmlFor="to" className="text-sm font-medium text-ink">
          New status
        </label>
        <select id="to" name="to" className="rounded-md border border-rule bg-paper px-3 py-2 text-ink">
          {options.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </select>
      </div>
      <FormField name="reason" label="Reason" multiline maxLength={PROBLEM_REASON_MAX} required hint="What changed, in a few sentences." />
      <fieldset className="flex flex-col gap-3">
        <legend className="mb-1 text-sm font-medium text-ink">Evidence (at least one)</legend>
        {Array.from({ length: EVIDENCE_ROWS }, (_, i) => (
          <div key={i} className="flex flex-wrap items-end gap-2">
            <div className="flex flex-col gap-1">
              <label htmlFor={`kind${i}`} className="text-xs text-ink-2">
                Kind {i + 1}
              </label>
              <select id={`kind${i}`} name={`kind${i}`} className="rounded-md border border-rule bg-paper px-2 py-2 text-ink">
                <option value="paper">Paper (http/https link)</option>
                <option value="post">Forum post (link)</option>
                <option value="result">Verified result (id)</option>
              </select>
            </div>
            <div className="min-w-64 flex-1">
              <FormField name={`value${i}`} label={`Link or id ${i + 1}`} maxLength={EVIDENCE_URL_MAX} />
            </div>
          </div>
        ))}
        <EvidenceErrors />
      </fieldset>
      {moderator && (
        <label className="flex items-center gap-2 text-sm text-ink">
          <input type="checkbox" name="direct" /> Change it now as a moderator (recorded in the moderation log)
        </label>
      )}
    </JsonForm>
  );
}

/** Errors about the evidence list or one of its entries ("evidence.1.url"). */
function EvidenceErrors() {
  const errors = Object.entries(useFormErrors()).filter(([key]) => key.startsWith("evidence"));
  if (errors.length === 0) return null;
  return (
    <ul className="text-sm text-danger">
      {errors.map(([key, messages]) => (
        <li key={key}>
          {key.match(/^evidence\.(\d+)/) ? `Evidence ${Number(key.split(".")[1]) + 1}: ` : ""}
          {messages.join(" ")}
        </li>
      ))}
    </ul>
  );
}
