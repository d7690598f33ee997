// Reading pages in a real browser: math, citation cards, sidenotes, contents, console and axe.
// baseURL comes from playwright.config.ts.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";

const perspective = "/perspectives/what-is-learning-mechanics";
const learnPage = "/learn/deep-linear-networks";
const withSidenote = "/learn/scaling-laws";

function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  page.on("pageerror", (error) => errors.push(String(error)));
  return errors;
}

test.describe("wide screen (1400 px)", () => {
  test.use({ viewport: { width: 1400, height: 900 } });

  test("renders math on the server with no raw TeX left in the text", async ({ page }) => {
    await page.goto(learnPage);
    const body = page.locator(".article-body");
    expect(await body.locator(".katex").count()).toBeGreaterThan(20);
    expect(await body.locator(".math-display[id^='eq-']").count()).toBeGreaterThan(3);
    const text = await body.innerText();
    expect(text).not.toMatch(/\$[^$\s][^$]*\$/);
    expect(text).not.toContain("\\eqref");
    await body.locator("a.eqref").first().click();
    await expect(page).toHaveURL(/#eq-/);
  });

  test("opens a citation card on hover and on keyboard focus, and Escape closes it", async ({ page }) => {
    await page.goto(perspective);
    const item = page.locator(".article-body .cite-item").first();
    const card = item.locator(".cite-card");
    await expect(card).toBeHidden();

    await item.locator(".cite-link").hover();
    await expect(card).toBeVisible();
    await expect(card).toContainText("There Will Be a Scientific Theory of Deep Learning");
    await page.mouse.move(0, 0);
    await expect(card).toBeHidden();

    await item.locator(".cite-link").focus();
    await expect(card).toBeVisible();
    await expect(item.locator(".cite-link")).toHaveAttribute("aria-describedby", (await card.getAttribute("id"))!);
    await page.keyboard.press("Escape");
    await expect(card).toBeHidden();
  });

  test("shows sidenotes in the right margin", async ({ page }) => {
    await page.goto(withSidenote);
    const note = page.locator(".sidenote").first();
    await expect(note).toBeVisible();
    await expect(page.locator(".sidenote-ref").first()).toBeHidden();
    const noteBox = (await note.boundingBox())!;
    const bodyBox = (await page.locator(".article-body").boundingBox())!;
    expect(noteBox.x).toBeGreaterThanOrEqual(bodyBox.x + bodyBox.width);
    expect(noteBox.x + noteBox.width).toBeLessThanOrEqual(1400);
  });

  test("shows a late sidenote in the margin, not clipped by the skipped-until-near block around it", async ({ page }) => {
    await page.goto(withSidenote);
    // Body blocks after the eighth skip rendering while off-screen (article.css), which contains them.
    const note = page.locator(".article-body > :nth-child(n + 9) .sidenote").last();
    await note.scrollIntoViewIfNeeded();
    const box = (await note.boundingBox())!;
    const bodyBox = (await page.locator(".article-body").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(bodyBox.x + bodyBox.width);
    const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest(".sidenote") !== null, { x: box.x + 10, y: box.y + box.height / 2 });
    expect(hit).toBe(true);
  });

  test("keeps the contents beside the text and marks the section being read", async ({ page }) => {
    await page.goto(learnPage);
    const toc = page.getByRole("navigation", { name: "Contents" });
    const link = toc.getByRole("link", { name: "The demo", exact: true });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/#the-demo$/);
    await expect(page.locator("h2#the-demo")).toBeInViewport();
    await expect(link).toHaveAttribute("aria-current", "location");
    await page.locator("h2#the-setup").evaluate((heading) => heading.scrollIntoView({ block: "start" }));
    await expect(toc.getByRole("link", { name: "The setup" })).toHaveAttribute("aria-current", "location");
  });
});

test.describe("phone (375 px)", () => {
  test.use({ viewport: { width: 375, height: 800 } });

  test("opens sidenotes as popovers", async ({ page }) => {
    await page.goto(withSidenote);
    const note = page.locator(".sidenote").first();
    await expect(note).toBeHidden();
    await page.getByRole("button", { name: "Note 1" }).click();
    await expect(note).toBeVisible();
    expect(await note.evaluate((el) => el.matches(":popover-open"))).toBe(true);
    await page.mouse.move(0, 0); // a hovering pointer also previews the note; move it away first
    await page.keyboard.press("Escape");
    await expect(note).toBeHidden();
  });

  test("folds the contents behind a toggle", async ({ page }) => {
    await page.goto(learnPage);
    const link = page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: "The setup" });
    await expect(link).toBeHidden();
    await page.getByText("Contents", { exact: true }).click();
    await expect(link).toBeVisible();
  });

  test("never widens the page: wide equations scroll inside their own box", async ({ page }) => {
    for (const path of [learnPage, perspective, "/learn/saddle-to-saddle"]) {
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});

test.describe("touch screen (375 px)", () => {
  test.use({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });

  test("shows a citation card on the first tap and follows the link on the second", async ({ page }) => {
    await page.goto(perspective);
    const item = page.locator(".article-body .cite-item").first();
    await item.locator(".cite-link").tap();
    await expect(item.locator(".cite-card")).toBeVisible();
    await expect(page).not.toHaveURL(/#ref-/);
    await item.locator(".cite-link").tap();
    await expect(page).toHaveURL(/#ref-simon2026theory$/);
  });

  test("a citation card far down the page opens as a sheet along the bottom of the screen", async ({ page }) => {
    await page.goto(perspective);
    // A block this far down skips rendering while off-screen (article.css), and that containment
    // would pin the fixed sheet to its paragraph unless it is lifted while the card is open.
    const item = page.locator(".article-body > :nth-child(n + 9) .cite-item").last();
    await item.evaluate((el) => el.closest(".article-body > *")!.scrollIntoView({ block: "start" }));
    await item.locator(".cite-link").tap();
    const card = item.locator(".cite-card");
    await expect(card).toBeVisible();
    const box = (await card.boundingBox())!;
    expect(Math.abs(box.y + box.height - (800 - 16))).toBeLessThanOrEqual(2);
    expect(Math.abs(box.width - (375 - 32))).toBeLessThanOrEqual(2);
  });
});

test("loads reading pages without console errors", async ({ page }) => {
  const errors = collectConsoleErrors(page);
  for (const path of [perspective, learnPage, withSidenote, "/perspectives", "/learn", "/authors/editors"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
  }
  expect(errors).toEqual([]);
});

for (const path of [perspective, learnPage, "/perspectives", "/learn", "/authors/editors"]) {
  test(`has no serious or critical axe violations: ${path}`, async ({ page }) => {
    await page.goto(path);
    const { violations } = await new AxeBuilder({ page }).analyze();
    const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`)).toEqual([]);
  });
}
