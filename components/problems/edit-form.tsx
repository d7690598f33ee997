"use client";
// Propose an edit of a problem's text, starting from the current revision; moderators review it.
import { useState } from "react";
import { FormField, JsonForm } from "@/components/forms/json-form";
import { PROBLEM_SUMMARY_MAX, PROBLEM_TEXT_MAX, PROBLEM_TITLE_MAX } from "@/lib/problems/limits";

export interface EditableText {
  revision: number;
  title: string;
  statement: string;
  background: string;
  criterion: string;
}

export function EditForm({ problemId, text }: { problemId: string; text: EditableText }) {
  const [done, setDone] = useState(false);
  if (done) return <p role="status">Thank you: your edit is in the moderators&rsquo; queue. Accepted edits appear under Revisions.</p>;
  return (
    <JsonForm
      action={`/api/problems/${problemId}/edits`}
      submitLabel="Propose the edit"
      toBody={(v) => ({ baseRevision: text.revision, title: v.title, statement: v.statement, background: v.background, criterion: v.criterion, summary: v.summary })}
      onSuccess={() => setDone(true)}
    >
      <FormField name="title" label="Title" defaultValue={text.title} maxLength={PROBLEM_TITLE_MAX} />
      <FormField name="statement" label="Statement" multiline rows={6} defaultValue={text.statement} maxLength={PROBLEM_TEXT_MAX} hint="Markdown with math." />
      <FormField name="background" label="Background" multiline rows={6} defaultValue={text.background} maxLength={PROBLEM_TEXT_MAX} />
      <FormField name="criterion" label="What would count as resolving it" multiline rows={4} defaultValue={text.criterion} maxLength={PROBLEM_TEXT_MAX} />
      <FormField name="summary" label="What your edit does" maxLength={PROBLEM_SUMMARY_MAX} required />
    </JsonForm>
  );
}
