// Live demos on the playground: training in a worker, transport controls, parameters in the URL,
// share links, validation of bad URLs, accessibility and no layout shift when demos load.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { deepLinearModes } from "@/lib/experiments/deep-linear-modes";

const PLAYGROUND = "/learn/playground";

function demo(page: Page, slug: string): Locator {
  return page.locator(`#demo-${slug}`);
}

/** Scrolls the demo into view (which loads it) and waits until its worker has started a run. */
async function ready(box: Locator) {
  await box.scrollIntoViewIfNeeded();
  await expect(box.locator("[data-status]")).toHaveAttribute("data-status", "ready", { timeout: 60_000 });
}

async function stepCount(box: Locator): Promise<number> {
  const text = (await box.getByTestId("demo-step").textContent()) ?? "";
  return Number(text.split("/")[0].replace(/[^\d]/g, ""));
}

function canvasImage(box: Locator, plotId: string): Promise<string> {
  return box.locator(`[data-plot="${plotId}"] canvas`).first().evaluate((c) => (c as HTMLCanvasElement).toDataURL());
}

test("a demo plays, pauses, single-steps, takes a slider change and shares its configuration", async ({ page, context, baseURL }) => {
  test.setTimeout(180_000);
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(PLAYGROUND);
  const box = demo(page, "deep-linear-modes");
  await ready(box);
  expect(await stepCount(box)).toBe(0);
  const before = await canvasImage(box, "strengths");

  const play = box.getByTestId("demo-play");
  await play.click();
  await expect.poll(() => stepCount(box), { timeout: 30_000 }).toBeGreaterThan(200);
  await expect.poll(() => canvasImage(box, "strengths")).not.toBe(before);

  await play.click(); // now "Pause"
  await expect(play).toHaveText("Play");
  // data-playing turns false with the worker's answer to the pause, which carries its last step.
  await expect(box.locator("[data-playing]")).toHaveAttribute("data-playing", "false");
  const paused = await stepCount(box);

  // The worker takes commands in order and ignores single steps while it trains: exactly one
  // more step shows that the pause held.
  await box.getByTestId("demo-step-once").click();
  await expect.poll(() => stepCount(box)).toBe(paused + 1);
  await expect(box.locator("[data-playing]")).toHaveAttribute("data-playing", "false");

  // A slider moved by keyboard restarts the run with the new value and writes it to the URL.
  const slider = box.locator('input[data-param="learningRate"]');
  const shown = box.locator(`output[for="${await slider.getAttribute("id")}"]`);
  await expect(shown).toHaveText("0.005");
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press("ArrowRight");
  const changed = (await shown.textContent())!;
  expect(changed).not.toBe("0.005");
  await expect(page).toHaveURL(/deep-linear-modes\.learningRate=/);
  await expect.poll(() => stepCount(box)).toBe(0);
  await ready(box);

  // Seed, too, and then the link carries both.
  const seed = box.locator('input[data-param="seed"]');
  await seed.fill("7");
  await seed.press("Enter");
  await expect(page).toHaveURL(/deep-linear-modes\.seed=7/);

  await box.getByTestId("demo-copy-link").click();
  await expect(box.getByText("Link copied.")).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await box.getByTestId("demo-share-url").getAttribute("href"));
  expect(copied).toContain("#demo-deep-linear-modes");

  // The seed change restarts the run, and the submit link is inert until the new run is ready.
  const submitLink = box.getByTestId("demo-submit");
  // Read the link once it carries the new seed (it is inert, without href, while the run restarts).
  let href = "";
  await expect.poll(async () => (href = (await submitLink.getAttribute("href")) ?? ""), { timeout: 60_000 }).toMatch(/\/results\/new\?.*seeds=7(%2C|,|&|$)/);
  const submit = new URL(href, baseURL);
  expect(submit.pathname).toBe("/results/new");
  expect(submit.searchParams.get("experiment")).toBe("deep-linear-modes@1");
  expect(JSON.parse(submit.searchParams.get("params")!)).toMatchObject({ learningRate: Number(changed), init: "decoupled", steps: 6000 });
  expect(submit.searchParams.get("seeds")?.split(",")[0]).toBe("7");

  // The link restores the configuration in a fresh page.
  const other = await context.newPage();
  await other.goto(copied);
  const restored = demo(other, "deep-linear-modes");
  await ready(restored);
  const otherSlider = restored.locator('input[data-param="learningRate"]');
  await expect(restored.locator(`output[for="${await otherSlider.getAttribute("id")}"]`)).toHaveText(changed);
  await expect(restored.locator('input[data-param="seed"]')).toHaveValue("7");
  expect(await otherSlider.inputValue()).toBe(await slider.inputValue());
  await other.close();
});

test("invalid parameters in the URL show the validation message instead of crashing", async ({ page }) => {
  await page.goto(`${PLAYGROUND}?deep-linear-modes.learningRate=5&deep-linear-modes.bogus=1#demo-deep-linear-modes`);
  const box = demo(page, "deep-linear-modes");
  const errors = box.getByTestId("demo-errors");
  await expect(errors).toContainText("learningRate must be a number between 0.0005 and 0.02 (got 5)", { timeout: 60_000 });
  await expect(errors).toContainText("unknown parameter bogus");
  await errors.getByRole("button", { name: "Restore defaults" }).click();
  await ready(box);
  await expect(errors).toHaveCount(0);
  await expect(page).not.toHaveURL(/learningRate=5/);
});

test("a tfjs experiment trains in the worker on the wasm backend", async ({ page, request }) => {
  test.setTimeout(120_000);
  const wasm = await request.get("/tfjs/tfjs-backend-wasm.wasm");
  expect(wasm.status(), "public/tfjs/ is filled by `node scripts/copy-tfjs-wasm.mjs` (postinstall)").toBe(200);
  await page.goto(PLAYGROUND);
  const box = demo(page, "edge-of-stability");
  await ready(box);
  await expect(box.getByRole("status").first()).toContainText("tfjs wasm");
  await box.getByTestId("demo-play").click();
  await expect.poll(() => stepCount(box), { timeout: 60_000 }).toBeGreaterThan(20);
  await box.getByTestId("demo-play").click();
});

test("without the wasm binaries the worker falls back to the cpu backend", async ({ page }) => {
  test.setTimeout(120_000);
  await page.context().route("**/tfjs/*.wasm", (route) => route.abort());
  await page.goto(PLAYGROUND);
  const box = demo(page, "edge-of-stability");
  await ready(box);
  await expect(box.getByRole("status").first()).toContainText("tfjs cpu");
  await box.getByTestId("demo-step-once").click();
  await expect.poll(() => stepCount(box)).toBe(1);
});

test("the playground: every demo loads without console errors or layout shift, accessibly, in both themes", async ({ page }) => {
  test.setTimeout(300_000);
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(e.message));
  await page.addInitScript(() => {
    (window as unknown as { __shift: number }).__shift = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!e.hadRecentInput) (window as unknown as { __shift: number }).__shift += e.value;
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
  await page.goto(PLAYGROUND);
  const frames = page.locator("[data-demo-frame]");
  const count = await frames.count();
  expect(count).toBeGreaterThanOrEqual(2);
  for (let i = 0; i < count; i++) {
    const box = frames.nth(i);
    const height = await box.evaluate((el) => el.getBoundingClientRect().height);
    await ready(box);
    expect(await box.evaluate((el) => el.getBoundingClientRect().height), `${await box.getAttribute("data-demo-frame")} height`).toBe(height);
  }
  expect(await page.evaluate(() => (window as unknown as { __shift: number }).__shift)).toBeLessThan(0.02); // web-font swaps in the prose cost a few thousandths

  // Theme switch: plots are redrawn in the new colours.
  const first = frames.first();
  const plotId = (await first.locator("[data-plot]").first().getAttribute("data-plot"))!;
  const light = await canvasImage(first, plotId);
  for (const theme of ["light", "dark"]) {
    await page.evaluate((t) => (document.documentElement.dataset.theme = t), theme);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), theme).toEqual([]);
  }
  await expect.poll(() => canvasImage(first, plotId)).not.toBe(light);
  expect(errors).toEqual([]);
});

test("phone width: the playground and a loaded demo fit 360 px", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  await page.goto(PLAYGROUND);
  await ready(demo(page, "deep-linear-modes"));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await context.close();
});

test("without JavaScript a demo shows its poster with the theory's numbers", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PLAYGROUND);
  const box = demo(page, "deep-linear-modes");
  await expect(box).toContainText("Theory predicts");
  // The first key number is the theory's t½ of mode 1 at the playground's (default) parameters.
  const [first] = deepLinearModes.observables;
  const predicted = deepLinearModes.theory(deepLinearModes.params.parse({})).observables[first.key];
  const shown = box.locator("dl > div").filter({ has: page.getByText(first.label, { exact: true }) }).locator("dd");
  const value = Number((await shown.textContent())?.split(" ")[0]);
  // Shown to 4 significant digits: within half a unit of the 4th.
  expect(Math.abs(value / predicted - 1)).toBeLessThanOrEqual(5e-4);
  await expect(box.locator("svg[role=img]").first()).toBeVisible();
  await context.close();
});
