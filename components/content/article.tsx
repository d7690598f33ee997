import "katex/dist/katex.min.css";
import "./article.css";
import "./annotations.css";
import "@/components/forum/forum.css";
import { citePage } from "@/lib/content/cite-page.server";
import type { Page } from "@/lib/content/load.server";
import { renderMdx } from "@/lib/content/mdx-runtime.server";
import { ArticleHeader } from "./article-header";
import { Bibliography } from "./bibliography";
import { CiteThisPage } from "./cite-this-page";
import { Changelog, Discussion, RelatedProblems } from "./end-matter";
import { mdxComponents } from "./mdx-components";
import { TableOfContents } from "./table-of-contents";

/**
 * One perspective or learn page: header, contents, body, then the end matter. The grid is a single
 * reading column with a gutter on each side that the contents (left) and sidenotes (right) use on wide screens.
 */
export function Article({ page, eyebrow, before, after }: { page: Page; eyebrow?: React.ReactNode; before?: React.ReactNode; after?: React.ReactNode }) {
  return (
    <article className="article-grid">
      <div className="article-main">
        {before}
        <ArticleHeader page={page} eyebrow={eyebrow} />
        {/* Behaviour: components/islands/updated-since.ts */}
        <lmh-updated-since data-page={`${page.kind}/${page.slug}`} data-changelog={JSON.stringify(page.changelog)} />
      </div>
      <TableOfContents toc={page.compiled.toc} />
      <div className="article-main article-body prose-lmh">
        {renderMdx(page.compiled, mdxComponents(page.compiled.cited))}
      </div>
      <footer className="article-main article-end">
        {after}
        <Changelog page={page} />
        <RelatedProblems page={page} />
        <Discussion pageKey={`${page.kind}/${page.slug}`} />
        <CiteThisPage citation={citePage(page)} />
        <Bibliography entries={page.compiled.cited} />
      </footer>
      {/* Escape and touch handling for the citation cards: components/islands/citation-cards.ts */}
      <lmh-citation-cards />
    </article>
  );
}
