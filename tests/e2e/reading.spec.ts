import { expect, test, type Page } from "@playwright/test";
import { signIn, signUpViaApi } from "../support/e2e-users";

const PAGE = "/learn/scaling-laws";

// The element marks itself data-checked once it has the server's answer: only then does the
// absence of the notice mean anything.
const checked = (page: Page) => expect(page.locator("lmh-updated-since")).toHaveAttribute("data-checked", "");

test("a returning reader sees what changed since their last visit; a first-time or signed-out reader does not", async ({ page, baseURL }) => {
  await page.goto(PAGE);
  await checked(page);
  await expect(page.getByTestId("updated-since")).toHaveCount(0);

  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);
  const first = page.waitForResponse((r) => r.url().endsWith("/api/reading") && r.status() === 200);
  await page.goto(PAGE);
  expect(await (await first).json()).toEqual({ previousReadAt: null });
  await checked(page);
  await expect(page.getByTestId("updated-since")).toHaveCount(0);

  // The server's answer on the second visit is the real first visit, i.e. today, which is after
  // every dated changelog entry. To test the notice without depending on the calendar, the answer
  // is passed through once it is checked, moved back to the day before the page's first entry.
  const entries = JSON.parse((await page.locator("lmh-updated-since").getAttribute("data-changelog"))!) as { date: string; note: string }[];
  expect(entries.length).toBeGreaterThan(0);
  const earliest = entries.map((e) => e.date).sort()[0];
  const before = new Date(Date.parse(`${earliest}T12:00:00Z`) - 86_400_000).toISOString();
  let served: string | null = null;
  await page.route("**/api/reading", async (route) => {
    const response = await route.fetch();
    served = ((await response.json()) as { previousReadAt: string | null }).previousReadAt;
    await route.fulfill({ response, json: { previousReadAt: before } });
  });
  await page.reload();
  await expect(page.getByTestId("updated-since")).toContainText("Updated since you last read it");
  await expect(page.getByTestId("updated-since")).toContainText("time-scaling demo");
  expect(served).not.toBeNull();
  expect(Date.now() - Date.parse(served!)).toBeLessThan(10 * 60_000);
});
