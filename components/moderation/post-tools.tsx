"use client";
import { useRouter } from "next/navigation";
import { FormField, JsonForm } from "@/components/forms/json-form";

/** Under a post: members may flag it; staff may hide it (with a reason) or restore it. */
export function PostTools({ postId, staff, hidden, canFlag }: { postId: string; staff: boolean; hidden: boolean; canFlag: boolean }) {
  const router = useRouter();
  const refresh = () => router.refresh();
  return (
    <div className="flex flex-wrap gap-4 text-sm">
      {canFlag && (
        <details>
          <summary className="cursor-pointer text-ink-2">Flag</summary>
          <div className="mt-2 w-72">
            <JsonForm action={`/api/forum/posts/${postId}/flags`} submitLabel="Send the flag" onSuccess={refresh}>
              <fieldset className="flex flex-col gap-1">
                <legend className="mb-1 font-medium">What is wrong?</legend>
                {(
                  [
                    ["off-topic", "Off-topic"],
                    ["inappropriate", "Inappropriate"],
                    ["spam", "Spam"],
                    ["other", "Something else"],
                  ] as const
                ).map(([value, label], i) => (
                  <label key={value} className="flex items-center gap-2">
                    <input type="radio" name="reason" value={value} defaultChecked={i === 0} /> {label}
                  </label>
                ))}
              </fieldset>
              <FormField name="note" label="Note for the moderators (needed for “something else”)" multiline maxLength={500} />
            </JsonForm>
          </div>
        </details>
      )}
      {staff &&
        (hidden ? (
          <JsonForm action={`/api/moderation/posts/${postId}/hidden`} method="DELETE" submitLabel="Restore this post" onSuccess={refresh}>
            <span />
          </JsonForm>
        ) : (
          <details>
            <summary className="cursor-pointer text-ink-2">Hide</summary>
            <div className="mt-2 w-72">
              <JsonForm action={`/api/moderation/posts/${postId}/hidden`} method="PUT" submitLabel="Hide this post" variant="danger" onSuccess={refresh}>
                <FormField name="reason" label="Reason (the log keeps it)" multiline maxLength={500} required />
              </JsonForm>
            </div>
          </details>
        ))}
    </div>
  );
}
