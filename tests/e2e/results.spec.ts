// The results journey: from a demo's "Submit this as a result" to a verdict page that updates
// live while the check runs, with plots; accessible; readable without JavaScript.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { signIn, signUpViaApi } from "../support/e2e-users";

test("demo → submit a claim → live progress → verdict page with plots, axe-clean, readable without JavaScript", async ({ page, baseURL, browser }) => {
  test.setTimeout(300_000);
  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);

  await page.goto("/learn/playground");
  const box = page.locator("#demo-deep-linear-modes");
  await box.scrollIntoViewIfNeeded();
  await expect(box.locator("[data-status]")).toHaveAttribute("data-status", "ready", { timeout: 60_000 });
  const submitLink = box.getByTestId("demo-submit");
  await expect(submitLink).toHaveAttribute("href", /\/results\/new\?/, { timeout: 60_000 });
  await submitLink.click();

  await expect(page).toHaveURL(/\/results\/new\?experiment=deep-linear-modes%401|\/results\/new\?experiment=deep-linear-modes@1/);
  await page.getByLabel("Title").fill("Mode 1 is learned when Saxe et al. say");
  await page.getByLabel("Description (Markdown, with $math$)").fill("The half-time of mode 1 is $t_{1/2} = \\tau/s_1 \\cdot \\ldots$");
  // Ten seeds: with its children booted ahead a seed takes a fraction of a second, and the check
  // must still be running when its page opens, to be watched.
  await page.getByLabel(/^Seeds/).fill("1,2,3,4,5,6,7,8,9,10");
  await expect(page.getByTestId("estimate")).toContainText("Estimated work");
  await page.getByRole("button", { name: "Add a claim" }).click();
  await expect(page.getByTestId("claim-row")).toHaveCount(1);
  await page.getByRole("button", { name: "Submit for checking" }).click();

  await expect(page).toHaveURL(/\/results\/c[a-z0-9]+$/, { timeout: 30_000 });
  // The page never reloads: a marker set now survives until the verdict is shown.
  await page.evaluate(() => ((window as unknown as { lmhMarker: number }).lmhMarker = 1));
  // Every text the progress line shows, as the events arrive (polled every second, a fast check can
  // go from queued to done between two polls, so which states appear is not fixed).
  await expect(page.getByTestId("check-progress")).toBeVisible();
  await page.evaluate(() => {
    const line = document.querySelector('[data-testid="check-progress"]')!;
    const seen: string[] = ((window as unknown as { lmhSeen: string[] }).lmhSeen = [line.textContent ?? ""]);
    new MutationObserver(() => seen.push(line.textContent ?? "")).observe(line, { childList: true, characterData: true, subtree: true });
  });
  await expect(page.getByRole("heading", { name: /Verdict:/ })).toBeVisible({ timeout: 120_000 });
  expect(await page.evaluate(() => (window as unknown as { lmhMarker?: number }).lmhMarker)).toBe(1);
  const seen = await page.evaluate(() => (window as unknown as { lmhSeen: string[] }).lmhSeen);
  for (const text of seen) expect(text).toMatch(/^(Waiting for the check|Queued: |Running: (starting|seed \d+ of 10)|Done\.$)/);

  const claims = page.getByTestId("claims");
  await expect(claims).toContainText("tHalf1 agrees with theory");
  await expect(claims.locator("[data-verdict]").first()).toHaveAttribute("data-verdict", "reproduced");
  await expect(page.getByTestId("per-seed")).toContainText("seed 2");
  await expect(page.locator("figure[data-plot] svg polyline").first()).toBeVisible();
  await expect(page.getByTestId("environment")).toContainText("wasm backend");
  await expect(page.getByTestId("bibtex")).toContainText("@misc{lmh-result-");
  await expect(page.getByTestId("spec-hash")).toHaveText(/^sha256:[0-9a-f]{64}$/);
  const badge = await page.request.get(`${new URL(page.url()).pathname}/badge.svg`);
  expect(badge.headers()["content-type"]).toContain("image/svg+xml");
  expect(await badge.text()).toContain("reproduced");

  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // Without JavaScript the same page carries the verdict, the numbers and the plots.
  const noJs = await browser.newContext({ javaScriptEnabled: false });
  const plain = await noJs.newPage();
  await plain.goto(`${baseURL}${new URL(page.url()).pathname}`);
  await expect(plain.getByRole("heading", { name: /Verdict:/ })).toContainText("reproduced");
  await expect(plain.getByTestId("claims")).toContainText("tHalf1 agrees with theory");
  await expect(plain.locator("figure[data-plot] svg polyline").first()).toBeVisible();
  // Signed out, the finished page and the index are live documents: no framework runtime.
  for (const path of [new URL(page.url()).pathname, "/results"]) expect(await (await plain.request.get(`${baseURL}${path}`)).text(), path).not.toMatch(/<script[^>]+src="[^"]*\/_next\//);
  await noJs.close();

  // The result is listed, and on the author's profile.
  await page.goto("/results?verdict=reproduced");
  await expect(page.getByTestId("results-list")).toContainText("Mode 1 is learned when Saxe et al. say");
  await page.goto(`/users/${member.handle}`);
  await expect(page.getByTestId("member-results")).toContainText("Mode 1 is learned when Saxe et al. say");
});
