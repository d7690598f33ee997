// Quoting. The composer's "Quote" button inserts a Markdown block quote whose last line links to
// the quoted post's permalink; the quote is plain Markdown in the reply's source, so it survives
// the quoted post's later edit or deletion. On save, those permalinks tell whom was quoted.

export const postPath = (threadId: string, slug: string, number: number) => `/forum/t/${threadId}/${slug}#p${number}`;

/** The block quote the composer inserts for a selected passage. */
export function quoteMarkdown(passage: string, by: { handle: string | null; threadId: string; slug: string; number: number }): string {
  const lines = passage.trim().split(/\r?\n/).map((line) => `> ${line}`.trimEnd());
  const who = by.handle ? `@${by.handle}` : "a former member";
  return `${lines.join("\n")}\n>\n> — ${who}, [post ${by.number}](${postPath(by.threadId, by.slug, by.number)})\n\n`;
}

/** Posts (thread id, number) linked from inside block quotes of a source; at most 20. */
export function quotedPosts(source: string): { threadId: string; number: number }[] {
  const found = new Map<string, { threadId: string; number: number }>();
  for (const line of source.split("\n")) {
    if (!/^\s{0,3}>/.test(line)) continue;
    for (const m of line.matchAll(/\(\/forum\/t\/([a-z0-9]{1,40})(?:\/[a-z0-9-]*)?#p(\d{1,7})\)/g)) {
      found.set(`${m[1]}#${m[2]}`, { threadId: m[1]!, number: Number(m[2]) });
      if (found.size >= 20) return [...found.values()];
    }
  }
  return [...found.values()];
}

export function threadSlug(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .replace(/-+$/, "");
  return slug || "thread";
}
