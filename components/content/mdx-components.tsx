import type { MDXComponents } from "mdx/types";
import { DemoEmbed } from "@/components/demos/demo-embed";
import type { BibEntry } from "@/lib/content/bibliography.server";
import { Callout } from "./callout";
import { Citation } from "./citation";
import { Figure } from "./figure";
import { MdxLink } from "./mdx-link";
import { Sidenote } from "./sidenote";

/**
 * What MDX tags render as. Citations are bound to the page's cited entries here, so the compiled
 * MDX only carries keys (see remark-citations.server.ts).
 */
export function mdxComponents(cited: BibEntry[]): MDXComponents {
  return {
    a: MdxLink,
    Callout,
    // <Demo id params /> is the live island: a fixed-height poster until it scrolls into view.
    Demo: DemoEmbed,
    Figure,
    Sidenote,
    Citation: (props: { keys: string; occurrence: string }) => <Citation {...props} cited={cited} />,
  };
}
