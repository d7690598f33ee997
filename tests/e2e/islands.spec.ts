// Static documents ship no framework runtime: their behaviour comes from the islands script
// (custom elements), and a demo brings React only when it scrolls into view. React pages (forms)
// still hydrate, and a client-side navigation from one of them into a document works too.
import { expect, test, type Page } from "@playwright/test";
import { newMember, signUpViaApi } from "../support/e2e-users";

const learnPage = "/learn/deep-linear-networks";

/** Script URLs the page requests from now on. */
function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (r) => r.resourceType() === "script" && urls.push(new URL(r.url()).pathname));
  return urls;
}

const documents = [
  { path: "/", demoOnFirstScreen: false },
  { path: "/perspectives/what-is-learning-mechanics", demoOnFirstScreen: false },
  { path: learnPage, demoOnFirstScreen: false },
  { path: "/learn", demoOnFirstScreen: false },
  { path: "/learn/playground", demoOnFirstScreen: true },
];

for (const { path, demoOnFirstScreen } of documents) {
  test(`static document ${path} loads the islands script and no framework JavaScript`, async ({ page }) => {
    const scripts = recordScripts(page);
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expect(scripts.filter((s) => s.startsWith("/_next/"))).toEqual([]);
    expect(scripts.some((s) => /^\/islands\/site-[\w-]+\.js$/.test(s))).toBe(true);
    expect(scripts.some((s) => s.includes("demo-app"))).toBe(demoOnFirstScreen); // demos load when seen
    // The custom elements are defined, and the theme toggle works.
    expect(await page.evaluate(() => ["lmh-theme-toggle", "lmh-user-menu", "lmh-demo"].every((name) => !!customElements.get(name)))).toBe(true);
    const theme = await page.locator("html").getAttribute("data-theme");
    await page.getByTestId("theme-toggle").click();
    await expect(page.locator("html")).not.toHaveAttribute("data-theme", theme!);
  });
}

test("a demo loads React and its worker only when it scrolls into view, inside its reserved box", async ({ page }) => {
  const scripts = recordScripts(page);
  await page.goto(learnPage);
  await page.waitForLoadState("networkidle");
  const frame = page.locator("[data-demo-frame]").first();
  const before = await frame.boundingBox();
  expect(scripts.filter((s) => s.includes("demo-app"))).toEqual([]);

  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator("lmh-demo")).toHaveAttribute("data-demo-loaded", "true");
  await expect(frame.locator("[data-status]")).toHaveAttribute("data-status", "ready", { timeout: 60_000 });
  expect(scripts.some((s) => s.includes("demo-app"))).toBe(true);
  expect(scripts.some((s) => s.includes("demo.worker"))).toBe(true);
  expect((await frame.boundingBox())?.height).toBe(before?.height);
});

test("a React page still hydrates, and signing in there updates the header of the document it leads to", async ({ page, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!, newMember("islands"));
  await page.context().clearCookies();
  const scripts = recordScripts(page);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(learnPage)}`);
  expect(scripts.some((s) => s.startsWith("/_next/"))).toBe(true);
  await page.getByLabel("E-mail address").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();

  // A client-side navigation: React renders the document from its payload; the islands still work.
  await expect(page).toHaveURL(new RegExp(`${learnPage}$`));
  await expect(page.getByTestId("user-menu")).toHaveText(member.name);
  const frame = page.locator("[data-demo-frame]").first();
  await frame.scrollIntoViewIfNeeded();
  await expect(frame.locator("[data-status]")).toHaveAttribute("data-status", "ready", { timeout: 60_000 });

  await page.getByTestId("user-menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
});
