import { describe, expect, it } from "vitest";
import { DEFAULT_TRUST, decidePosting, outsideLinkCount, suspiciousBecause, trustSettings } from "@/lib/moderation/trust";

const now = new Date("2026-12-02T12:00:00Z");
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600 * 1000);
const facts = (over: Partial<Parameters<typeof decidePosting>[0]> = {}) => ({
  accountCreatedAt: hoursAgo(1),
  staff: false,
  recentPostTimes: [],
  hasPostedBefore: true,
  cookedHtml: "<p>A plain remark about $x$.</p>",
  now,
  ...over,
});

describe("new-account trust", () => {
  it("counts outside links and images, not mentions or in-site links", () => {
    expect(outsideLinkCount('<p><a class="mention" href="/users/ann">@ann</a> <a href="/forum/t/1/x#p2">here</a> <a href="#fn1">1</a></p>')).toBe(0);
    expect(outsideLinkCount('<p><a href="https://example.org" rel="nofollow ugc noopener">x</a> <a class="image-link" href="https://e.org/i.png">Image: i</a></p>')).toBe(2);
  });

  it("refuses links from a new account, allows them from one past the threshold and from staff", () => {
    const html = '<p><a href="https://spam.example">buy</a></p>';
    expect(decidePosting(facts({ cookedHtml: html }), DEFAULT_TRUST)).toMatchObject({ kind: "refuse", reason: expect.stringMatching(/links/) });
    expect(decidePosting(facts({ cookedHtml: html, accountCreatedAt: hoursAgo(24) }), DEFAULT_TRUST)).toEqual({ kind: "allow" });
    expect(decidePosting(facts({ cookedHtml: html, staff: true }), DEFAULT_TRUST)).toEqual({ kind: "allow" });
  });

  it("caps a new account's posts per rolling day, at the threshold and just past it, with the wait", () => {
    const four = [1, 2, 3, 4].map((m) => new Date(now.getTime() - m * 60_000));
    expect(decidePosting(facts({ recentPostTimes: four }), DEFAULT_TRUST)).toEqual({ kind: "allow" });
    const five = [...four, hoursAgo(23)];
    const refused = decidePosting(facts({ recentPostTimes: five }), DEFAULT_TRUST);
    expect(refused).toMatchObject({ kind: "refuse", retryAfterSeconds: 3600 });
    // A post older than a day no longer counts.
    expect(decidePosting(facts({ recentPostTimes: [...four, hoursAgo(25)] }), DEFAULT_TRUST)).toEqual({ kind: "allow" });
  });

  it("holds a suspicious first post, not a later one", () => {
    const shouting = `<p>${"THIS IS THE BEST OFFER YOU WILL SEE TODAY ".repeat(2)}</p>`;
    expect(suspiciousBecause(shouting, DEFAULT_TRUST)).toMatch(/capital/);
    expect(decidePosting(facts({ cookedHtml: shouting, hasPostedBefore: false }), DEFAULT_TRUST)).toMatchObject({ kind: "hold" });
    expect(decidePosting(facts({ cookedHtml: shouting, hasPostedBefore: true }), DEFAULT_TRUST)).toEqual({ kind: "allow" });
    const mentions = ["a", "b", "c"].map((h) => `<a class="mention" href="/users/${h}">@${h}</a>`).join(" ");
    expect(suspiciousBecause(`<p>${mentions}</p>`, DEFAULT_TRUST)).toMatch(/mentions 3/);
    expect(suspiciousBecause("<p>".concat("!".repeat(20), "</p>"), DEFAULT_TRUST)).toMatch(/repeats/);
    expect(suspiciousBecause("<p>An ordinary first question about $\\mathrm{NTK}$ kernels.</p>", DEFAULT_TRUST)).toBeNull();
  });

  it("reads overrides and names a bad entry", () => {
    expect(trustSettings("firstDayPosts=2, flagsToHide=5")).toEqual({ ...DEFAULT_TRUST, firstDayPosts: 2, flagsToHide: 5 });
    expect(() => trustSettings("firstDayPosts=0")).toThrow(/TRUST/);
    const off = trustSettings("newAccountHours=0");
    expect(decidePosting(facts({ accountCreatedAt: now, cookedHtml: '<a href="https://x.org">x</a>' }), off)).toEqual({ kind: "allow" });
    expect(() => trustSettings("nope=3")).toThrow(/known name/);
  });
});
