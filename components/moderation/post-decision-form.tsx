"use client";
import { useRouter } from "next/navigation";
import { FormField, JsonForm } from "@/components/forms/json-form";

/** A moderator's decision on a flagged or held post: approve, hide, delete, or hide and suspend the author. */
export function PostDecisionForm({ itemId, held }: { itemId: string; held: boolean }) {
  const router = useRouter();
  return (
    <JsonForm action={`/api/moderation/review/${itemId}`} submitLabel="Decide" onSuccess={() => router.refresh()}>
      <fieldset className="flex flex-col gap-2 text-sm">
        <legend className="mb-1 font-medium">Decision</legend>
        <label className="flex items-center gap-2">
          <input type="radio" name="decision" value="approve" defaultChecked /> {held ? "Approve: publish the post" : "Keep: the flags were wrong"}
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="decision" value="hide" /> Hide: members see a stub, staff the text
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="decision" value="delete" /> Delete
        </label>
        <label className="flex items-center gap-2">
          <input type="radio" name="decision" value="suspend" /> Hide and suspend the author
        </label>
      </fieldset>
      <FormField name="days" label="Suspension, in days (only for a suspension)" type="number" min={1} max={3650} defaultValue="7" />
      <FormField name="reason" label="Reason (the log keeps it)" multiline maxLength={500} />
    </JsonForm>
  );
}
