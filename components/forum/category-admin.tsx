"use client";
// Administrators' forms for forum categories: one per category (rename, describe, reorder) and one to add.
import { useRouter } from "next/navigation";
import { FormField, JsonForm } from "@/components/forms/json-form";

interface Category {
  id: string;
  slug: string;
  name: string;
  description: string;
  position: number;
}

const input = "rounded-md border border-rule bg-paper px-3 py-2 font-normal text-ink";

export function CategoryAdmin({ categories }: { categories: Category[] }) {
  const router = useRouter();
  const refresh = () => router.refresh();
  return (
    <div className="flex flex-col gap-10">
      {categories.map((c) => (
        <section key={c.id} aria-label={`Category ${c.name}`} className="border-b border-rule pb-6">
          <JsonForm action={`/api/forum/categories/${c.id}`} method="PATCH" submitLabel={`Save ${c.name}`} onSuccess={refresh}>
            {/* Plain inputs with ids of their own: many of these forms share one page. */}
            <label className="flex flex-col gap-1 text-sm font-medium">
              Name (/forum/c/{c.slug})
              <input name="name" defaultValue={c.name} className={input} />
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium">
              Description
              <textarea name="description" defaultValue={c.description} rows={2} className={input} />
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium">
              Position (lower comes first)
              <input name="position" type="number" min={1} defaultValue={c.position} className={input} />
            </label>
          </JsonForm>
        </section>
      ))}
      <section aria-label="Add a category">
        <h2 className="mb-3 text-lg font-semibold">Add a category</h2>
        <JsonForm action="/api/forum/categories" submitLabel="Add category" onSuccess={refresh}>
          <FormField name="name" label="Name" />
          <FormField name="slug" label="Address (/forum/c/…)" />
          <FormField name="description" label="Description" multiline />
          <FormField name="position" label="Position" type="number" defaultValue={String(categories.length + 1)} />
        </JsonForm>
      </section>
    </div>
  );
}
