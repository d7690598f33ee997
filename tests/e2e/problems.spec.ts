// The open-problems tracker in a browser: browse and filter, open a question from the learn page
// that raises it, watch it, propose a status change with evidence, a moderator accepts it from
// the queue, and the timeline and "recently changed" list it. The index and a problem page are axe-clean.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { e2eAdmin, signIn, signUpViaApi } from "../support/e2e-users";

const QUESTION = "adam-sgd-gap-central-flows";

async function expectAxeClean(page: Page) {
  for (const theme of ["light", "dark"]) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `${page.url()} (${theme})`).toEqual([]);
  }
}

test("browse and filter the index; it and a problem page are axe-clean", async ({ page }) => {
  await page.goto("/problems");
  await expect(page.getByRole("heading", { level: 1, name: "Open problems" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /Recently changed/ })).toBeVisible();
  await expectAxeClean(page);

  const filters = page.getByRole("form", { name: "Filter and sort the problems" });
  await filters.getByLabel("Direction").selectOption("od-9");
  await filters.getByLabel("Sort questions by").selectOption("newest");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/direction=od-9/);
  const sections = page.locator("main section[aria-labelledby^='dir-']");
  await expect(sections).toHaveCount(1);
  await expect(sections.getByRole("link", { name: /Adam trains than gradient descent/ })).toBeVisible();

  await filters.getByLabel("Status").selectOption("RESOLVED");
  await filters.getByRole("button", { name: "Apply" }).click();
  await expect(page.getByRole("status")).toHaveText(/^0 questions/);

  await page.goto(`/problems/${QUESTION}`);
  await expectAxeClean(page);
});

test("signed out, the index and a problem page arrive without the framework runtime; signed in, with it", async ({ page, baseURL }) => {
  const nextScripts = () => page.locator('script[src*="/_next/"], link[rel="preload"][as="script"][href*="/_next/"]').count();
  for (const path of ["/problems", `/problems/${QUESTION}`]) {
    await page.goto(path);
    expect(await nextScripts(), path).toBe(0);
    await expect(page.getByRole("link", { name: "Sign in" }).first()).toBeVisible();
  }
  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);
  await page.goto(`/problems/${QUESTION}`);
  expect(await nextScripts()).toBeGreaterThan(0);
  await expect(page.getByRole("button", { name: "Watch" })).toBeVisible();
});

test("a member opens a question from its learn page, watches it and proposes a status change; a moderator accepts it; the timeline lists it", async ({ page, browser, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);

  await page.goto("/learn/edge-of-stability");
  const raised = page.getByRole("region", { name: "Open questions this page raises" });
  await raised.getByRole("link", { name: /Adam trains than gradient descent/ }).click();
  await expect(page).toHaveURL(new RegExp(`/problems/${QUESTION}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Adam");

  await page.getByRole("button", { name: "Watch" }).click();
  await expect(page.getByRole("button", { name: "Watching" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByTestId("watcher-count")).toHaveText("1 watcher");

  const propose = page.getByRole("region", { name: "Propose a status change" });
  await propose.getByText("Open the form").click();
  await propose.getByLabel("New status").selectOption("PARTIAL_PROGRESS");
  await propose.getByLabel("Reason").fill("Central flows predict the gap for a small transformer within 20%.");
  // Evidence is required: without it the form says so and nothing is sent for review.
  await propose.getByRole("button", { name: "Send" }).click();
  await expect(propose.getByText(/at least one piece of evidence/)).toBeVisible();
  await propose.getByLabel("Link or id 1").fill("ftp://example.org/paper.pdf");
  await propose.getByRole("button", { name: "Send" }).click();
  await expect(propose.getByText(/http\(s\) address/)).toBeVisible();
  await propose.getByLabel("Link or id 1").fill("https://arxiv.org/abs/2410.24206");
  await propose.getByRole("button", { name: "Send" }).click();
  await expect(propose.getByRole("status")).toContainText("in the moderators' queue");

  const moderatorContext = await browser.newContext({ baseURL });
  const moderator = await moderatorContext.newPage();
  await signIn(moderator, e2eAdmin.email, e2eAdmin.password);
  await moderator.goto("/moderation");
  const item = moderator.getByTestId("problem-review-item").filter({ hasText: "Central flows predict the gap" });
  await expect(item).toContainText("Open → Partial progress");
  await item.getByLabel("Reason (required to reject)").fill("The preprint's figure 3 shows it.");
  await item.getByRole("button", { name: "Decide" }).click();
  await expect(item.getByRole("status")).toHaveText("Decided: accept.");
  await expectAxeClean(moderator);
  await moderatorContext.close();

  // The watcher's bell counts the accepted change without a reload (it polls).
  await expect(page.getByTestId("notification-bell")).toHaveAccessibleName(/Notifications, [1-9]\d* unread/, { timeout: 40_000 });

  await page.reload();
  const history = page.getByRole("region", { name: "Status history" });
  await expect(history).toContainText("Open → Partial progress");
  await expect(history).toContainText("Central flows predict the gap for a small transformer within 20%.");
  await expect(history.getByRole("link", { name: "https://arxiv.org/abs/2410.24206" })).toBeVisible();
  await expect(history).toContainText(`Proposed by ${member.name}`);
  await expect(page.getByText("Partial progress", { exact: true }).first()).toBeVisible();

  // The accepted change feeds "recently changed" and the feeds.
  await page.goto("/problems");
  await expect(page.getByRole("region", { name: "Recently changed" })).toContainText("Open → Partial progress");
  const rss = await page.request.get("/problems/feed.xml");
  expect(await rss.text()).toContain("Open → Partial progress");
});

test("a proposed question merged into an existing problem redirects there and credits its proposer", async ({ page, browser, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);
  const slug = `merged-${Date.now().toString(36)}`;
  await page.goto("/problems/propose");
  await page.getByLabel("Title (a question)").fill("Does Adam's advantage come from its flow?");
  await page.getByLabel("Short id").fill(slug);
  await page.getByLabel("Direction").selectOption("od-9");
  await page.getByLabel("Statement").fill("Is $R(\\varepsilon)$ predicted by the flows?");
  await page.getByLabel("Motivation").fill("Adam beats gradient descent on transformers.");
  await page.getByLabel("What would count as resolving it").fill("Predict the ratio. Match it within 25%.");
  await page.getByRole("button", { name: "Propose the question" }).click();
  await expect(page.getByRole("status")).toContainText("in the moderators");

  const moderatorContext = await browser.newContext({ baseURL });
  const moderator = await moderatorContext.newPage();
  await signIn(moderator, e2eAdmin.email, e2eAdmin.password);
  await moderator.goto("/moderation");
  const item = moderator.getByTestId("problem-review-item").filter({ hasText: slug });
  await item.getByRole("radio", { name: "Merge into…" }).check();
  await item.getByLabel("Merge into (problem id)").fill(QUESTION);
  await item.getByRole("button", { name: "Decide" }).click();
  await expect(item.getByRole("status")).toHaveText("Decided: merge.");
  await moderatorContext.close();

  await page.goto(`/problems/${slug}`);
  await expect(page).toHaveURL(new RegExp(`/problems/${QUESTION}$`));
  await expect(page.getByRole("region", { name: "Also proposed by" })).toContainText(member.name);
});
