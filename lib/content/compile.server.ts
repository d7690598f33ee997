import "server-only";
import { bundleMDX } from "mdx-bundler";
import rehypeAutolinkHeadings from "rehype-autolink-headings";
import rehypeHighlight from "rehype-highlight";
import rehypeSlug from "rehype-slug";
import remarkGfm from "remark-gfm";
import remarkMath from "remark-math";
import { getBibliography } from "./bibliography.server";
import { ProblemLog } from "./errors.server";
import { rehypeMath } from "./rehype-math.server";
import { rehypeToc, type TocEntry } from "./rehype-toc.server";
import { remarkCitations, type CitedEntries } from "./remark-citations.server";
import { remarkSidenotes } from "./remark-sidenotes.server";

export interface CompiledMdx {
  /** The function body mdx-bundler produced; see mdx-runtime.server.ts. */
  code: string;
  toc: TocEntry[];
  cited: CitedEntries;
}

/**
 * The one place that knows the remark/rehype pipeline. Order matters: footnotes move to their
 * reference before citations are numbered (so numbers follow reading order), and headings get
 * ids and are listed before their anchor links are added.
 */
export async function compileMdx(file: string, source: string): Promise<CompiledMdx> {
  const log = new ProblemLog(file);
  const toc: TocEntry[] = [];
  const cited: CitedEntries = [];
  const result = await bundleMDX({
    source,
    mdxOptions(options) {
      options.remarkPlugins = [
        ...(options.remarkPlugins ?? []),
        remarkGfm,
        remarkMath,
        [remarkSidenotes, { log }],
        [remarkCitations, { bib: getBibliography(), cited, log }],
      ];
      options.rehypePlugins = [
        ...(options.rehypePlugins ?? []),
        rehypeSlug,
        [rehypeToc, { toc }],
        [
          rehypeAutolinkHeadings,
          {
            behavior: "append",
            properties: (heading: { properties: { id?: unknown } }) => ({
              className: ["heading-anchor"],
              ariaLabel: `Link to this section`,
              href: `#${String(heading.properties.id)}`,
            }),
            content: { type: "element", tagName: "span", properties: { ariaHidden: "true" }, children: [{ type: "text", value: "#" }] },
          },
        ],
        [rehypeMath, { log }],
        // Code is highlighted at build time (class names styled in article.css): no client JS.
        [rehypeHighlight, { detect: false }],
      ];
      return options;
    },
  });
  log.throwIfAny();
  return { code: result.code, toc, cited };
}
