import { expect, test } from "@playwright/test";
import { signIn, signUpViaApi } from "../support/e2e-users";

test("a returning reader sees what changed since their last visit; a first-time or signed-out reader does not", async ({ page, baseURL }) => {
  await page.goto("/learn/scaling-laws");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("updated-since")).toHaveCount(0);

  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);
  const recorded = page.waitForResponse((r) => r.url().endsWith("/api/reading") && r.status() === 200);
  await page.goto("/learn/scaling-laws");
  await recorded;
  await expect(page.getByTestId("updated-since")).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId("updated-since")).toContainText("Updated since you last read it");
  await expect(page.getByTestId("updated-since")).toContainText("time-scaling demo");
});
