"use client";
// Starting a thread: title, category, kind, tags, and the composer for the opening post.
import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { TITLE_MAX } from "@/lib/forum/limits";
import { Field } from "@/components/ui/field";
import { Composer, post } from "./composer";

export function NewThreadForm({ categories, tags, initialCategory }: { categories: { slug: string; name: string }[]; tags: string[]; initialCategory?: string }) {
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const read = () => {
    const data = new FormData(form.current!);
    const words = (name: string) => String(data.get(name) ?? "").split(/[\s,]+/).filter(Boolean);
    const typed = words("tags").map((t) => t.toLowerCase());
    return { title: String(data.get("title") ?? ""), category: String(data.get("category") ?? ""), kind: String(data.get("kind") ?? "discussion"), tags: typed.filter((t) => tags.includes(t)), newTags: typed.filter((t) => !tags.includes(t)) };
  };
  return (
    <form ref={form} onSubmit={(e) => e.preventDefault()} className="flex flex-col gap-4" aria-label="New thread">
      <Field name="title" label="Title" required maxLength={TITLE_MAX} errors={errors.title} />
      <div className="flex flex-col gap-1">
        <label htmlFor="category" className="text-sm font-medium">
          Category
        </label>
        <select id="category" name="category" defaultValue={initialCategory ?? "general"} className="rounded-md border border-rule bg-paper px-3 py-2" aria-describedby={errors.category ? "category-error" : undefined}>
          {categories.map((c) => (
            <option key={c.slug} value={c.slug}>
              {c.name}
            </option>
          ))}
        </select>
        {errors.category && (
          <p id="category-error" role="alert" className="text-sm text-danger">
            {errors.category.join(" ")}
          </p>
        )}
      </div>
      <fieldset className="flex gap-4 text-sm">
        <legend className="mb-1 text-sm font-medium">Kind</legend>
        <label className="flex items-center gap-1">
          <input type="radio" name="kind" value="discussion" defaultChecked /> Discussion
        </label>
        <label className="flex items-center gap-1">
          <input type="radio" name="kind" value="question" /> Question (you can accept an answer)
        </label>
      </fieldset>
      <Field name="tags" label="Tags" hint={`Separated by spaces or commas; existing: ${tags.slice(0, 20).join(", ") || "none yet"}. New tags are created.`} errors={errors.tags ?? errors.newTags} list="forum-tags" />
      <datalist id="forum-tags">
        {tags.map((t) => (
          <option key={t} value={t} />
        ))}
      </datalist>
      <Composer
        draftKey="new-thread"
        label="Opening post"
        submitLabel="Start thread"
        extra={read}
        onFieldErrors={setErrors}
        send={(source, extra) => post("/api/forum/threads", "POST", { ...extra, source })}
        onSent={(data) => router.push(String(data.url))}
      />
    </form>
  );
}
