// Feed discovery: a feed reader given the site's address (or any page's) finds the site's RSS and
// Atom feeds through <link rel="alternate">, and a sequence's pages also advertise its own feed.
// The advertised URLs are absolute, on the address the site is served at, and answer with a feed.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { tags } from "../../lib/build/html-tags";

const pages = ["/", "/about", "/perspectives", "/perspectives/what-is-learning-mechanics", "/learn", "/learn/playground", "/authors/editors", "/forum", "/problems", "/results", "/signin"];
const sequencePage = "/learn/deep-linear-networks"; // first page of "five-lines"

async function alternates(request: APIRequestContext, path: string): Promise<{ type: string; href: string; title: string }[]> {
  const response = await request.get(path);
  expect(response.status(), path).toBe(200);
  return [...tags(await response.text())]
    .filter((t) => t.name === "link" && t.attrs.get("rel") === "alternate")
    .map((t) => ({ type: t.attrs.get("type") ?? "", href: t.attrs.get("href") ?? "", title: t.attrs.get("title") ?? "" }));
}

test("every page advertises the site's RSS and Atom feeds at the site's own address", async ({ request, baseURL }) => {
  for (const path of pages) {
    const links = await alternates(request, path);
    expect(links, path).toContainEqual({ type: "application/rss+xml", href: `${baseURL}/feed.xml`, title: "Learning Mechanics Hub" });
    expect(links, path).toContainEqual({ type: "application/atom+xml", href: `${baseURL}/atom.xml`, title: "Learning Mechanics Hub" });
  }
});

test("a sequence's pages and the learn index also advertise the sequence's feed", async ({ request, baseURL }) => {
  for (const path of [sequencePage, "/learn"]) {
    const rss = (await alternates(request, path)).filter((l) => l.type === "application/rss+xml");
    expect(rss.map((l) => l.href), path).toEqual([`${baseURL}/feed.xml`, `${baseURL}/learn/five-lines/feed.xml`]);
    expect(rss[1].title).toBe("The five lines of evidence · Learning Mechanics Hub");
  }
  const outside = await alternates(request, "/perspectives/what-is-learning-mechanics");
  expect(outside.some((l) => l.href.includes("/learn/five-lines/"))).toBe(false);
});

test("what the home page advertises is a feed", async ({ request }) => {
  for (const { type, href } of await alternates(request, "/")) {
    const feed = await request.get(href);
    expect(feed.status(), href).toBe(200);
    expect(feed.headers()["content-type"]).toBe(`${type}; charset=utf-8`);
    expect(await feed.text()).toMatch(type === "application/rss+xml" ? /<rss[\s\S]*<item>/ : /<feed[\s\S]*<entry>/);
  }
});
