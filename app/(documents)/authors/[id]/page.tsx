import { notFound } from "next/navigation";
import { PageList } from "@/components/content/page-list";
import { PageHeader } from "@/components/ui/page-header";
import { getAuthor, getAuthors } from "@/lib/content/authors.server";
import { listPages } from "@/lib/content/load.server";
import { indexMetadata } from "@/lib/content/metadata.server";

type Props = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return [...getAuthors().keys()].map((id) => ({ id }));
}

export async function generateMetadata({ params }: Props) {
  const { id } = await params;
  const author = getAuthor(id);
  return author ? indexMetadata({ title: author.name, description: author.bio, path: `/authors/${id}` }) : {};
}

export default async function AuthorPage({ params }: Props) {
  const { id } = await params;
  const author = getAuthor(id);
  if (!author) notFound();
  const pages = listPages().filter((p) => p.authors.includes(id));
  return (
    <div className="measure py-12">
      <PageHeader eyebrow="Author" title={author.name}>
        {author.affiliation && <p className="font-sans text-base">{author.affiliation}</p>}
        <p>{author.bio}</p>
      </PageHeader>
      {(author.orcid || author.url) && (
        <ul className="-mt-4 mb-10 flex flex-wrap gap-x-6 font-sans text-sm">
          {author.orcid && (
            <li>
              ORCID <a href={`https://orcid.org/${author.orcid}`} rel="noopener">{author.orcid}</a>
            </li>
          )}
          {author.url && (
            <li>
              <a href={author.url} rel={author.url.startsWith("/") ? undefined : "noopener"}>
                More about {author.name.replace(/^The /, "the ")}
              </a>
            </li>
          )}
        </ul>
      )}
      <h2 className="mb-6 font-sans text-xl font-semibold">
        {pages.length} {pages.length === 1 ? "page" : "pages"}
      </h2>
      <PageList pages={pages} />
    </div>
  );
}
