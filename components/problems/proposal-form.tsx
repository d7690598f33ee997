"use client";
// Propose a new question under a direction; a moderator approves, merges or rejects it.
import { useState } from "react";
import { FormField, JsonForm } from "@/components/forms/json-form";
import { PROBLEM_TEXT_MAX, PROBLEM_TITLE_MAX, SLUG_MAX } from "@/lib/problems/limits";

const toBody = (values: Record<string, string>) => ({
  ...values,
  references: (values.references ?? "")
    .split(/\s+/)
    .map((r) => r.trim())
    .filter(Boolean),
});

export function ProposalForm({ directions }: { directions: { id: string; title: string }[] }) {
  const [done, setDone] = useState(false);
  if (done) return <p role="status">Thank you: your question is in the moderators&rsquo; queue. You will watch it once it is approved.</p>;
  return (
    <JsonForm action="/api/problems/proposals" submitLabel="Propose the question" toBody={toBody} onSuccess={() => setDone(true)}>
      <FormField name="title" label="Title (a question)" maxLength={PROBLEM_TITLE_MAX} required />
      <FormField name="slug" label="Short id" maxLength={SLUG_MAX} required hint="Lowercase words joined by hyphens; it becomes the address /problems/<id>." />
      <div className="flex flex-col gap-1">
        <label htmlFor="direction" className="text-sm font-medium text-ink">
          Direction
        </label>
        <select id="direction" name="direction" className="rounded-md border border-rule bg-paper px-3 py-2 text-ink">
          {directions.map((d) => (
            <option key={d.id} value={d.id}>
              {d.title}
            </option>
          ))}
        </select>
      </div>
      <FormField name="statement" label="Statement" multiline rows={6} maxLength={PROBLEM_TEXT_MAX} required hint="Markdown with math: $…$ inline, $$…$$ on its own line." />
      <FormField name="motivation" label="Motivation" multiline rows={5} maxLength={PROBLEM_TEXT_MAX} required hint="Background and why it matters." />
      <FormField name="criterion" label="What would count as resolving it" multiline rows={4} maxLength={PROBLEM_TEXT_MAX} required hint="What to measure or prove, and what counts as success." />
      <FormField name="references" label="References" multiline rows={2} hint="Links (http or https) or BibTeX keys of the site's bibliography, separated by spaces or new lines." />
    </JsonForm>
  );
}
