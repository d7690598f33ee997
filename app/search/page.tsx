// /search?q=… — full-text search of the forum, with filters; works as a plain GET form.
import Link from "next/link";
import { connection } from "next/server";
import { PageHeader } from "@/components/ui/page-header";
import { FilterForm, FilterInput, FilterSelect } from "@/components/ui/filter-form";
import { Highlighted } from "@/components/forum/highlighted";
import { FormattedTime } from "@/components/forum/time";
import { searchForum, searchQuery } from "@/lib/forum/search.server";
import { listCategories } from "@/lib/forum/lists.server";

export const metadata = { title: "Search", robots: { index: false } };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function SearchPage({ searchParams }: { searchParams: Search }) {
  await connection();
  const raw = await searchParams;
  const query = searchQuery.parse(Object.fromEntries(Object.entries(raw).filter(([, v]) => typeof v === "string")));
  const [{ hits, more }, categories] = await Promise.all([searchForum(query), listCategories()]);
  const keep = (page: number) => `/search?${new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([k, v]) => v !== undefined && k !== "page").map(([k, v]) => [k, String(v)])), page: String(page) })}`;
  return (
    <div className="mx-auto max-w-4xl px-4 py-12">
      <PageHeader eyebrow="Forum" title="Search" />
      <FilterForm action="/search" role="search" aria-label="Search the forum" className="mb-8">
        <FilterInput label="Words" grow type="search" name="q" defaultValue={query.q} placeholder='e.g. sharpness "edge of stability" -adam' />
        <FilterSelect label="Category" name="category" value={query.category} options={categories.map((c) => ({ value: c.slug, label: c.name }))} />
        <FilterInput label="Tag" name="tag" defaultValue={query.tag ?? ""} size={12} />
        <FilterInput label="Author (handle)" name="author" defaultValue={query.author ?? ""} size={12} />
        <FilterInput label="From" type="date" name="from" defaultValue={query.from} />
        <FilterInput label="Until" type="date" name="to" defaultValue={query.to} />
        <button type="submit" className="rounded-md bg-accent px-3 py-1.5 font-medium text-accent-ink">
          Search
        </button>
      </FilterForm>
      {query.q && hits.length === 0 && <p>Nothing found for &ldquo;{query.q}&rdquo;.</p>}
      <ol className="flex flex-col gap-6" aria-label="Results">
        {hits.map((h) => (
          <li key={h.postId}>
            <Link href={`/forum/t/${h.threadId}/${h.slug}#p${h.number}`} className="font-medium">
              <Highlighted text={h.titleHeadline} />
              {h.number > 1 && <span className="text-ink-3"> (post {h.number})</span>}
            </Link>
            <p className="text-xs text-ink-3">
              {h.categoryName} · {h.authorName ?? "former member"} · <FormattedTime date={h.createdAt} />
            </p>
            <p className="mt-1 font-serif text-ink-2" data-testid="snippet">
              <Highlighted text={h.snippet} />
            </p>
          </li>
        ))}
      </ol>
      <nav aria-label="Result pages" className="mt-8 flex gap-4 text-sm">
        {query.page > 1 && <Link href={keep(query.page - 1)}>Previous</Link>}
        {more && (
          <Link href={keep(query.page + 1)} rel="next">
            More results
          </Link>
        )}
      </nav>
    </div>
  );
}
