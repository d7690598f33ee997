import "server-only";
// RSS and Atom for the forum: the latest threads (all, per category, per tag) and each thread's
// latest posts. Entries carry the cooked HTML, the same bytes pages show.
import { Feed } from "feed";
import { z } from "@/lib/zod";
import { db } from "@/lib/db/client.server";
import { notFound } from "@/lib/errors";
import { route } from "@/lib/http/route.server";
import { absoluteUrl } from "@/lib/content/site-url.server";
import { xmlResponse } from "@/lib/content/feeds.server";
import { site } from "@/lib/site";
import { forumId, tagName } from "./schemas";

const ENTRIES = 30;
type Scope = { kind: "all" } | { kind: "category"; slug: string } | { kind: "tag"; name: string } | { kind: "thread"; id: string };

function newFeed(title: string, description: string, path: string, updated: Date) {
  return new Feed({
    title: `${title} · ${site.name}`,
    description,
    id: absoluteUrl(path),
    link: absoluteUrl(path),
    language: "en",
    copyright: site.name,
    updated,
    generator: site.name,
    feedLinks: { rss: absoluteUrl(`${path}/feed.xml`), atom: absoluteUrl(`${path}/atom.xml`) },
  });
}

async function threadsFeed(where: { categoryId?: string; tag?: string }, title: string, description: string, path: string) {
  const threads = await db().thread.findMany({
    where: { hiddenAt: null, ...(where.categoryId && { categoryId: where.categoryId }), ...(where.tag && { tags: { some: { tag: { name: where.tag } } } }) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: ENTRIES,
    select: { id: true, slug: true, title: true, createdAt: true, author: { select: { name: true, handle: true } }, posts: { where: { number: 1 }, select: { cookedHtml: true, plainText: true, deletedAt: true, hiddenAt: true } } },
  });
  const feed = newFeed(title, description, path, threads[0]?.createdAt ?? new Date(0));
  for (const t of threads) {
    const first = t.posts[0];
    const shown = first && !first.deletedAt && !first.hiddenAt;
    feed.addItem({
      title: t.title,
      id: absoluteUrl(`/forum/t/${t.id}`),
      link: absoluteUrl(`/forum/t/${t.id}/${t.slug}`),
      description: shown ? first.plainText.slice(0, 300) : undefined,
      content: shown ? first.cookedHtml : undefined,
      date: t.createdAt,
      author: t.author ? [{ name: t.author.name, link: absoluteUrl(`/users/${t.author.handle}`) }] : undefined,
    });
  }
  return feed;
}

async function feedFor(scope: Scope): Promise<Feed | null> {
  switch (scope.kind) {
    case "all":
      return threadsFeed({}, "Forum", "New threads in the forum.", "/forum");
    case "category": {
      const c = await db().category.findUnique({ where: { slug: scope.slug }, select: { id: true, name: true, description: true } });
      return c && threadsFeed({ categoryId: c.id }, `${c.name} · Forum`, c.description, `/forum/c/${scope.slug}`);
    }
    case "tag": {
      const exists = await db().tag.count({ where: { name: scope.name } });
      return exists ? threadsFeed({ tag: scope.name }, `#${scope.name} · Forum`, `New threads tagged ${scope.name}.`, `/forum/tag/${scope.name}`) : null;
    }
    case "thread": {
      const t = await db().thread.findFirst({ where: { id: scope.id, hiddenAt: null }, select: { id: true, slug: true, title: true, lastActivityAt: true } });
      if (!t) return null;
      const path = `/forum/t/${t.id}/${t.slug}`;
      const feed = newFeed(t.title, `Posts in “${t.title}”.`, path, t.lastActivityAt);
      const posts = await db().post.findMany({ where: { threadId: t.id, deletedAt: null, hiddenAt: null }, orderBy: { number: "desc" }, take: ENTRIES, select: { number: true, cookedHtml: true, plainText: true, createdAt: true, author: { select: { name: true, handle: true } } } });
      for (const p of posts) {
        feed.addItem({
          title: `${t.title} (post ${p.number})`,
          id: absoluteUrl(`${path}#p${p.number}`),
          link: absoluteUrl(`${path}#p${p.number}`),
          description: p.plainText.slice(0, 300),
          content: p.cookedHtml,
          date: p.createdAt,
          author: p.author ? [{ name: p.author.name, link: absoluteUrl(`/users/${p.author.handle}`) }] : undefined,
        });
      }
      return feed;
    }
  }
}

const paramsOf = {
  all: z.object({}),
  category: z.object({ slug: z.string().regex(/^[a-z0-9-]{1,60}$/) }),
  tag: z.object({ tag: tagName }),
  thread: z.object({ id: forumId, slug: z.string().max(200) }),
};

/** The GET handler of one forum feed route. */
export function forumFeedRoute<K extends Scope["kind"]>(kind: K, type: "rss" | "atom") {
  return route({ auth: "public", params: paramsOf[kind] as z.ZodType<Record<string, string>> }, async ({ params }) => {
    const scope = (kind === "all" ? { kind } : kind === "category" ? { kind, slug: params.slug } : kind === "tag" ? { kind, name: params.tag } : { kind, id: params.id }) as Scope;
    const feed = await feedFor(scope);
    if (!feed) return notFound("No such feed.");
    return xmlResponse(type === "rss" ? feed.rss2() : feed.atom1(), type);
  });
}
