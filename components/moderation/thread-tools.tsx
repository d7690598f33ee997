"use client";
import { useRouter } from "next/navigation";
import { FormField, JsonForm } from "@/components/forms/json-form";

interface Props {
  threadId: string;
  title: string;
  locked: boolean;
  pinned: boolean;
  categories: { slug: string; name: string }[];
  categorySlug: string;
}

/** Staff's controls on a thread page: lock or unlock, pin or unpin, move, retitle. */
export function ThreadTools({ threadId, title, locked, pinned, categories, categorySlug }: Props) {
  const router = useRouter();
  const action = `/api/moderation/threads/${threadId}`;
  const done = (data: unknown) => {
    const slug = (data as { slug?: string } | null)?.slug;
    if (slug) router.replace(`/forum/t/${threadId}/${slug}`);
    router.refresh();
  };
  return (
    <details className="rounded-md p-3 text-sm ring-1 ring-rule">
      <summary className="cursor-pointer font-medium">Moderate this thread</summary>
      <div className="mt-3 grid gap-6 sm:grid-cols-2">
        <JsonForm action={action} method="PATCH" submitLabel="Apply" onSuccess={done}>
          <fieldset className="flex flex-col gap-2">
            <legend className="mb-1 font-medium">State</legend>
            <label className="flex items-center gap-2">
              <input type="radio" name="action" value={locked ? "unlock" : "lock"} defaultChecked /> {locked ? "Unlock: members may reply again" : "Lock: only staff may reply"}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" name="action" value={pinned ? "unpin" : "pin"} /> {pinned ? "Unpin" : "Pin to the top of the lists"}
            </label>
          </fieldset>
          <FormField name="reason" label="Reason (optional; the log keeps it)" maxLength={500} />
        </JsonForm>
        <JsonForm action={action} method="PATCH" submitLabel="Move" onSuccess={done}>
          <input type="hidden" name="action" value="move" />
          <label className="flex flex-col gap-1">
            Category
            <select name="category" defaultValue={categorySlug} className="rounded-md border border-rule bg-paper px-2 py-1">
              {categories.map((c) => (
                <option key={c.slug} value={c.slug}>
                  {c.name}
                </option>
              ))}
            </select>
          </label>
          <FormField name="reason" label="Reason (optional)" maxLength={500} />
        </JsonForm>
        <JsonForm action={action} method="PATCH" submitLabel="Retitle" onSuccess={done}>
          <input type="hidden" name="action" value="retitle" />
          <FormField name="title" label="Title" defaultValue={title} maxLength={300} required />
          <FormField name="reason" label="Reason (optional)" maxLength={500} />
        </JsonForm>
      </div>
    </details>
  );
}
