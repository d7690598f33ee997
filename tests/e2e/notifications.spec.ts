// The header's bell and the inbox in a real browser. Notifications come from a real event: an
// administrator changes the member's role through the site's API, or another member replies in a thread
// the member watches; the launcher's services fan them out.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { e2eAdmin, mailSink, signIn, signUpViaApi } from "../support/e2e-users";
import { waitForMail } from "../support/mailbox";

async function axeSevere(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
}

test("the bell counts new notifications without a reload; the dropdown and /notifications work by keyboard; mark all read", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);
  const memberId = ((await (await page.request.get("/api/auth/session")).json()) as { user: { id: string } }).user.id;

  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName("Notifications, none unread");

  const adminContext = await browser.newContext({ baseURL });
  const adminPage = await adminContext.newPage();
  await signIn(adminPage, e2eAdmin.email, e2eAdmin.password);
  const setRole = async (role: string) => {
    const answer = await adminPage.request.patch(`/api/admin/users/${memberId}`, { data: { role }, headers: { origin: new URL(baseURL!).origin } });
    expect(answer.status()).toBe(200);
  };

  // Two events while the member's page stays open: the count follows by polling (every 20 s at most).
  await setRole("MODERATOR");
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread", { timeout: 40_000 });
  await setRole("MEMBER");
  await expect(bell).toHaveAccessibleName("Notifications, 2 unread", { timeout: 40_000 });
  await expect(page.getByTestId("notification-count")).toHaveText("2");

  // The dropdown by keyboard: opens on Enter with focus on the newest, Escape closes it back to the bell.
  await bell.focus();
  await page.keyboard.press("Enter");
  await expect(bell).toHaveAttribute("aria-expanded", "true");
  const panel = page.locator("#notification-panel");
  await expect(panel.getByRole("link").first()).toBeFocused();
  await expect(panel.getByRole("link").first()).toContainText("Your role is now member");
  await expect(panel.getByRole("link").nth(1)).toContainText("Your role is now moderator");
  expect(await axeSevere(page)).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(bell).toBeFocused();

  // To the full list through the dropdown's last link, by keyboard.
  await page.keyboard.press("Enter");
  await panel.getByRole("link", { name: "All notifications" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/notifications$/);
  const list = page.getByTestId("notification-list");
  await expect(list.getByRole("listitem")).toHaveCount(2);
  expect(await axeSevere(page)).toEqual([]);

  // Mark one read by keyboard, then all; the bell follows at once.
  await page.getByRole("button", { name: /^Mark read: .*Your role is now member/ }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Marked read." })).toBeVisible();
  await expect(bell).toHaveAccessibleName("Notifications, 1 unread");
  await page.getByRole("button", { name: "Mark all read" }).focus();
  await page.keyboard.press("Enter");
  await expect(bell).toHaveAccessibleName("Notifications, none unread");
  await expect(page.getByTestId("notification-count")).toBeHidden();

  // Each item links to the exact place it is about.
  await list.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/account$/);
  await page.reload();
  await expect(bell).toHaveAccessibleName("Notifications, none unread");
  await adminContext.close();
});

test("signed out, the header has no bell", async ({ page }) => {
  await page.goto("/about");
  await page.waitForLoadState("networkidle");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await expect(page.getByTestId("notification-bell")).toHaveCount(0);
});

test("a member watches a thread; another replies mentioning them with math: the bell shows 2 without a reload and the mail arrives with the math rendered", async ({ page, browser, baseURL }) => {
  test.setTimeout(180_000);
  const origin = new URL(baseURL!).origin;
  const adminContext = await browser.newContext({ baseURL });
  const admin = await adminContext.newPage();
  await signIn(admin, e2eAdmin.email, e2eAdmin.password);
  const started = await admin.request.post("/api/forum/threads", { headers: { origin }, data: { title: "Where does the catapult stop?", category: "general", source: "A question about $\\eta$." } });
  expect(started.status()).toBe(201);
  const { url, threadId } = (await started.json()) as { url: string; threadId: string };

  const watcher = await signUpViaApi(page, baseURL!);
  await signIn(page, watcher.email, watcher.password);
  await page.goto(url);
  await page.getByLabel("Notifications for this thread").selectOption("WATCHING");
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const bell = page.getByTestId("notification-bell");
  await expect(bell).toHaveAccessibleName("Notifications, none unread");

  const replier = await signUpViaApi(admin, baseURL!);
  const replierContext = await browser.newContext({ baseURL });
  const replierPage = await replierContext.newPage();
  await signIn(replierPage, replier.email, replier.password);
  const replied = await replierPage.request.post(`/api/forum/threads/${threadId}/posts`, {
    headers: { origin },
    data: { source: `@${watcher.handle} it stops where $\\lambda_{\\max} = 2/\\eta$.` },
  });
  expect(replied.status()).toBe(201);

  // One for the watched thread's new post, one for the mention; the open page follows by polling.
  await expect(bell).toHaveAccessibleName("Notifications, 2 unread", { timeout: 40_000 });
  const mail = await waitForMail(mailSink(), watcher.email, (m) => m.html.includes("katex"), 60_000);
  expect(mail.html).toContain(`/forum/t/${threadId}/`);
  expect(mail.headers["list-unsubscribe-post"]).toBe("List-Unsubscribe=One-Click");
  await adminContext.close();
  await replierContext.close();
});
