"use client";
// A moderator's decision on one problem item of the review queue: accept (approve), reject with a
// reason, or, for a proposed question, merge into an existing problem. Several of these forms share
// the queue page with the posts' forms, so field ids carry the item's id.
import { useState } from "react";
import { FormField, JsonForm } from "@/components/forms/json-form";
import { PROBLEM_REASON_MAX, SLUG_MAX } from "@/lib/problems/limits";

export function ProblemDecisionForm({ itemId, canMerge }: { itemId: string; canMerge: boolean }) {
  const [done, setDone] = useState<string | null>(null);
  if (done) return <p role="status">Decided: {done}.</p>;
  const decisions = canMerge ? ["accept", "reject", "merge"] : ["accept", "reject"];
  return (
    <JsonForm
      action={`/api/problems/review/${itemId}`}
      submitLabel="Decide"
      toBody={(v) => ({ decision: v.decision, ...(v.reason && { reason: v.reason }), ...(v.decision === "merge" && { into: v.into }) })}
      onSuccess={(_, values) => setDone(values.decision ?? "")}
    >
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="mb-1 font-medium text-ink">Decision</legend>
        {decisions.map((d, i) => (
          <label key={d} className="flex items-center gap-1">
            <input type="radio" name="decision" value={d} defaultChecked={i === 0} /> {d === "accept" ? (canMerge ? "Approve" : "Accept") : d === "reject" ? "Reject" : "Merge into…"}
          </label>
        ))}
      </fieldset>
      {canMerge && <FormField id={`into-${itemId}`} name="into" label="Merge into (problem id)" maxLength={SLUG_MAX} />}
      <FormField id={`reason-${itemId}`} name="reason" label="Reason (required to reject)" multiline rows={2} maxLength={PROBLEM_REASON_MAX} />
    </JsonForm>
  );
}
