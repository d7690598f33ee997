// The forum journey in Chromium: start a thread with math (preview = stored HTML), reply quoting a
// selection with a mention, react, edit and read the diff, search, comment under a learn page and
// find that thread in the forum; axe on the index, a thread and the composer; the XSS corpus
// rendered in a thread page opens no dialog and sends nothing off the site.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { xssCorpus } from "@/tests/fixtures/user-text-xss";
import { POSTS_PER_PAGE } from "@/lib/forum/limits";
import { e2eAdmin, signIn, signUpViaApi } from "../support/e2e-users";

async function memberPage(browser: Browser, baseURL: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const member = await signUpViaApi(page, baseURL);
  await signIn(page, member.email, member.password);
  return { page, member };
}

async function expectAxeClean(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
}

test("a thread with math, a quoting reply with a mention, a reaction, an edit with its diff, search, and a page comment", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const word = `zeugma${Date.now().toString(36)}`;
  const { page: alice, member: a } = await memberPage(browser, baseURL!);
  const { page: bob } = await memberPage(browser, baseURL!);

  // Alice starts a thread; the live preview is the HTML that gets stored.
  await alice.goto("/forum/new");
  await expectAxeClean(alice);
  await alice.getByLabel("Title").fill(`Sharpness at the edge ${word}`);
  await alice.getByLabel("Category").selectOption("learn");
  const source = `The sharpness $\\lambda_{\\max}$ settles at ${word} height:\n\n$$\\lambda_{\\max} \\approx \\frac{2}{\\eta}$$\n\nWhy exactly there?`;
  await alice.getByLabel("Opening post").fill(source);
  const preview = alice.getByTestId("composer-preview");
  await expect(preview.locator(".katex-display")).toBeVisible();
  await expect(preview.locator(".katex").first()).toBeVisible();
  const previewHtml = await preview.innerHTML();
  await alice.getByLabel("Opening post").press("Control+Enter");
  await alice.waitForURL(/\/forum\/t\/[a-z0-9]+\/sharpness-at-the-edge/);
  const threadUrl = new URL(alice.url()).pathname;
  expect(await alice.locator("#p1 .forum-post").innerHTML()).toBe(previewHtml);
  await expectAxeClean(alice);

  // Bob quotes a selected passage, mentions Alice and replies.
  await bob.goto(threadUrl);
  await bob.locator("#p1 .forum-post p").last().evaluate((p) => {
    const range = document.createRange();
    range.selectNodeContents(p);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  });
  await bob.locator("#p1").getByRole("button", { name: "Quote" }).click();
  const reply = bob.getByLabel("Your reply");
  await expect(reply).toHaveValue(/^> Why exactly there\?\n>\n> — @.*\[post 1\]\(.*#p1\)/);
  await reply.press("End");
  // All but the last character: every e2e member's handle shares a long prefix, and the list is short.
  await reply.pressSequentially(`Because of progressive sharpening, @${a.handle.slice(0, -1)}`);
  await bob.getByRole("list", { name: "Members to mention" }).getByRole("button", { name: new RegExp(`@${a.handle}`) }).click();
  await expect(reply).toHaveValue(new RegExp(`@${a.handle} $`));
  await reply.press("Control+Enter");
  await expect(bob.locator("#p2")).toBeVisible();
  await expect(bob.locator("#p2 blockquote")).toContainText("Why exactly there?");
  await expect(bob.locator(`#p2 blockquote a[href$="#p1"]`)).toBeVisible();
  await expect(bob.locator(`#p2 .forum-post > p a.mention[href="/users/${a.handle}"]`)).toBeVisible();

  // Alice reacts to Bob's reply.
  await alice.goto(threadUrl);
  await alice.locator("#p2").getByRole("button", { name: /^Insightful/ }).click();
  await expect(alice.locator("#p2").getByRole("button", { name: /^Insightful/ })).toHaveAttribute("aria-pressed", "true");
  await expect(alice.locator("#p2")).toContainText(`Found insightful by ${a.name}`);

  // Alice edits her post and reads the diff.
  await alice.locator("#p1").getByRole("button", { name: "Edit" }).click();
  const editor = alice.getByLabel("Edit post 1");
  await editor.fill(source.replace("Why exactly there?", "Why exactly there, and not lower?"));
  await alice.getByRole("button", { name: "Save edit" }).click();
  await alice.locator("#p1").getByRole("link", { name: "edited (revision 2)" }).click();
  await expect(alice.getByTestId("word-diff").locator("ins")).toContainText("and not lower?");
  await expect(alice.getByTestId("word-diff").locator("del")).toContainText("there?");

  // Search finds the thread by a word of its body, from the header's box.
  await bob.goto("/forum");
  await bob.getByRole("searchbox", { name: "Search the forum" }).first().fill(word);
  await bob.getByRole("searchbox", { name: "Search the forum" }).first().press("Enter");
  await expect(bob.getByRole("list", { name: "Results" }).getByRole("link", { name: /Sharpness at the edge/ })).toBeVisible();

  // Bob comments under a learn page; the thread appears in the forum's Learn category.
  await bob.goto("/learn/edge-of-stability");
  const discussion = bob.locator("lmh-discussion");
  await discussion.getByLabel(/Your comment/).fill(`Comment ${word} under the page.`);
  await discussion.getByRole("button", { name: "Post comment" }).click();
  await expect(discussion.getByTestId("discussion-posts")).toContainText(`Comment ${word} under the page.`);
  await bob.goto("/forum/c/learn");
  await bob.getByRole("link", { name: /Discussion: .*/ }).first().click();
  await expect(bob.locator(".forum-post").filter({ hasText: `Comment ${word} under the page.` })).toBeVisible();
  await bob.goto("/forum");
  await expectAxeClean(bob);

  // A signed-out reader gets the thread and the lists as documents: the posts, no framework runtime.
  const reader = await browser.newPage({ baseURL });
  for (const path of [threadUrl, "/forum", "/forum/c/learn"]) {
    await reader.goto(path);
    await expect(reader.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await reader.locator('script[src*="/_next/"]').count(), path).toBe(0);
  }
  const thread = await reader.goto(threadUrl);
  await expect(reader.locator("#p1 .katex-display")).toBeVisible();
  // KaTeX's commonest fonts are preloaded, so math does not re-wrap when they arrive (layout shift).
  for (const font of ["KaTeX_Main-Regular", "KaTeX_Math-Italic"]) expect(thread!.headers()["link"] ?? "").toMatch(new RegExp(`${font}\\.[\\w-]+\\.woff2>; rel=preload; as="font"`));
  await expect(reader.getByRole("link", { name: "Sign in to reply" })).toBeVisible();
  await reader.close();
});

test("the XSS corpus, posted and rendered in a thread, opens no dialog and sends nothing off the site", async ({ browser, baseURL }) => {
  test.setTimeout(240_000);
  const origin = new URL(baseURL!).origin;
  // Posted by the administrator: staff are trusted from the start, so no payload is held back
  // unseen (new accounts' suspicious posts are), and the e2e server lifts the posting rate limit.
  const context = await browser.newContext({ baseURL });
  const reader = await context.newPage();
  await signIn(reader, e2eAdmin.email, e2eAdmin.password);
  const headers = { origin };
  const created = await reader.request.post("/api/forum/threads", { headers, data: { title: "XSS corpus", category: "meta", source: "Payloads follow." } });
  expect(created.status()).toBe(201);
  const { threadId, url } = (await created.json()) as { threadId: string; url: string };
  for (const payload of xssCorpus) {
    const r = await reader.request.post(`/api/forum/threads/${threadId}/posts`, { headers, data: { source: payload.source } });
    expect(r.status(), payload.name).toBe(201);
  }

  const dialogs: string[] = [];
  const offsite: string[] = [];
  reader.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  reader.on("request", (r) => {
    const u = r.url();
    if (!u.startsWith(origin) && !u.startsWith("data:") && !u.startsWith("blob:")) offsite.push(u);
    if (u.startsWith(`${origin}/api/csp-reports`)) offsite.push(`CSP report: ${r.postData()}`);
  });
  await reader.addInitScript(() => {
    (window as unknown as { violations: string[] }).violations = [];
    document.addEventListener("securitypolicyviolation", (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const pages = Math.ceil((xssCorpus.length + 1) / POSTS_PER_PAGE);
  for (let n = 1; n <= pages; n++) {
    await reader.goto(`${url}?page=${n}`);
    await reader.waitForLoadState("networkidle");
    // Hover and click through every post's links and elements, as a curious reader might.
    for (const link of await reader.locator(".forum-post a").all()) await link.hover().catch(() => {});
    expect(await reader.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  }
  expect(dialogs).toEqual([]);
  expect(offsite).toEqual([]);
});
