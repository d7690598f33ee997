import { expect, test } from "@playwright/test";

test("the theme follows the system until toggled, and the choice persists", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "dark" });
  const page = await context.newPage();
  await page.goto("/");
  const html = page.locator("html");
  await expect(html).toHaveAttribute("data-theme", "dark");

  await page.getByTestId("theme-toggle").click();
  await expect(html).toHaveAttribute("data-theme", "light");
  await expect(page.getByTestId("theme-toggle")).toHaveAccessibleName("Switch to dark theme");
  await page.reload();
  await expect(html).toHaveAttribute("data-theme", "light");
  await page.goto("/about");
  await expect(html).toHaveAttribute("data-theme", "light");
  await context.close();
});

test("light system preference gives the light theme", async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: "light" });
  const page = await context.newPage();
  await page.goto("/");
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await context.close();
});
