import "server-only";
import { site } from "@/lib/site";
import { listPages } from "./load.server";
import { listSequences } from "./sequences.server";
import { SITE_RSS } from "./feed-links";
import { absoluteUrl } from "./site-url.server";

const item = (p: { title: string; href: string; summary: string }) => `- [${p.title}](${absoluteUrl(p.href)}): ${p.summary}`;

/** /llms.txt (llmstxt.org): the site in one Markdown file, for language models and their users. */
export function llmsTxt(): string {
  const blocks = [
    `# ${site.name}\n\n> ${site.description}`,
    `## Perspectives\n\n${listPages("perspectives").map(item).join("\n")}`,
    ...listSequences().map((s) => `## Learn: ${s.title}\n\n${s.description}\n\n${s.pages.map(item).join("\n")}`),
    `## Optional\n\n- [RSS feed](${absoluteUrl(SITE_RSS)}): every perspective and learn page, newest first`,
  ];
  return blocks.join("\n\n") + "\n";
}
