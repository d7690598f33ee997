// Every page of the shell: renders, logs no console errors, and has no serious or critical
// accessibility violations (axe-core), in both themes.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { e2eAdmin, signIn, signUpViaApi } from "../support/e2e-users";

const publicPages = ["/", "/about", "/perspectives", "/learn", "/problems", "/forum", "/results", "/results/new?experiment=edge-of-stability", "/signin", "/signup", "/no-such-page"];

async function checkPage(page: Page, path: string, expectedStatus = 200) {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" && !(expectedStatus !== 200 && m.text().includes(`status of ${expectedStatus}`))) errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(e.message));
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(expectedStatus);
  await page.waitForLoadState("networkidle");
  for (const theme of ["light", "dark"]) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `${path} (${theme})`).toEqual([]);
  }
  expect(errors, path).toEqual([]);
}

for (const path of publicPages) {
  test(`public page ${path}`, async ({ page }) => {
    await checkPage(page, path, path === "/no-such-page" ? 404 : 200);
  });
}

test("member pages: account, profile, 403", async ({ page, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);
  await checkPage(page, "/account");
  await checkPage(page, `/users/${member.handle}`);
  await checkPage(page, "/admin", 403);
});

test("administration pages: members, outgoing mail, moderation log", async ({ page }) => {
  await signIn(page, e2eAdmin.email, e2eAdmin.password);
  await checkPage(page, "/admin");
  await checkPage(page, "/admin/outbox");
  await checkPage(page, "/moderation/log");
});

test("phone width: no horizontal overflow on the home page", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto("/");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test("a demo's submission link shows its configuration and the command to re-run it", async ({ page }) => {
  const params = encodeURIComponent(JSON.stringify({ learningRate: 0.004 }));
  await page.goto(`/results/new?experiment=deep-linear-modes@1&params=${params}&seeds=3,1`);
  await expect(page.getByTestId("draft-params")).toContainText("learningRate");
  await expect(page.getByText("npm run experiment -- deep-linear-modes --param 'learningRate=0.004' --seeds 3,1")).toBeVisible();
  await page.goto(`/results/new?experiment=deep-linear-modes&params=${encodeURIComponent('{"learningRate":9}')}`);
  await expect(page.getByText("This link does not describe a valid configuration")).toBeVisible();
  await expect(page.getByText(/learningRate must be a number between/)).toBeVisible();
});
