import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { sequenceFeed, siteFeed } from "@/lib/content/feeds.server";
import { listPages } from "@/lib/content/load.server";
import { listSequences } from "@/lib/content/sequences.server";

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "item" || name === "entry" || name === "link" });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

const rfc822 = /^[A-Z][a-z]{2}, \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

describe("feeds", () => {
  it("RSS 2.0 has a channel with title, link, description and one complete item per page", () => {
    const { rss } = parse(siteFeed().rss2());
    expect(rss["@_version"]).toBe("2.0");
    const channel = rss.channel;
    for (const field of ["title", "link", "description"]) expect(channel[field], field).toBeTruthy();
    expect(channel.item).toHaveLength(listPages().length);
    for (const item of channel.item) {
      expect(item.title).toBeTruthy();
      expect(item.link[0]).toMatch(/^https?:\/\/[^/]+\/(learn|perspectives)\/[a-z0-9-]+$/);
      expect(item.guid["#text"]).toBe(item.link[0]);
      expect(item.pubDate).toMatch(rfc822);
      expect(item.description).toBeTruthy();
    }
  });

  it("Atom 1.0 has feed id, title, updated and entries with id, title, updated and an alternate link", () => {
    const { feed } = parse(siteFeed().atom1());
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    for (const field of ["id", "title", "updated"]) expect(feed[field], field).toBeTruthy();
    expect(feed.entry).toHaveLength(listPages().length);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^https?:\/\//);
      expect(entry.title["#text"] ?? entry.title).toBeTruthy();
      expect(new Date(entry.updated).toString()).not.toBe("Invalid Date");
      expect(entry.link[0]["@_href"]).toBe(entry.id);
    }
  });

  it("each sequence feed lists its pages in reading order", () => {
    expect(listSequences().length).toBeGreaterThan(0);
    for (const sequence of listSequences()) {
      const { rss } = parse(sequenceFeed(sequence).rss2());
      expect(rss.channel.item.map((i: { link: string[] }) => i.link[0].split("/").at(-1))).toEqual(sequence.pages.map((p) => p.slug));
      expect(rss.channel["atom:link"]["@_href"]).toMatch(new RegExp(`^https?://[^/]+/learn/${sequence.id}/feed\\.xml$`)); // its own address, not the site feed's
    }
  });
});
