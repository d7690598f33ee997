// Staff restrict a member from the member's profile; the member is told and the log keeps it.
import { expect, test } from "@playwright/test";
import { e2eAdmin, mailSink, signIn, signUpViaApi } from "../support/e2e-users";
import { waitForMail } from "../support/mailbox";

test("an administrator suspends a member from the profile: the member's session ends, the member is told, the log shows it", async ({ page, browser, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  const memberContext = await browser.newContext({ baseURL });
  const memberPage = await memberContext.newPage();
  await signIn(memberPage, member.email, member.password);

  await signIn(page, e2eAdmin.email, e2eAdmin.password);
  await page.goto(`/users/${member.handle}`);
  const panel = page.getByRole("region", { name: "Moderation" });
  await panel.getByRole("radio", { name: /^Suspend/ }).check();
  await panel.getByLabel("For how many days").fill("2");
  await panel.getByLabel(/^Reason/).fill("Spamming the forum with advertisements.");
  await panel.getByRole("button", { name: "Apply" }).click();
  await expect(panel.getByText(/Suspended until .* UTC: Spamming the forum/)).toBeVisible();

  // The member's open page is signed out on the next request; signing in again says why not.
  await memberPage.reload();
  await expect(memberPage.getByRole("link", { name: "Sign in" })).toBeVisible();
  await memberPage.goto("/signin");
  await memberPage.getByLabel("E-mail address").fill(member.email);
  await memberPage.getByLabel("Password").fill(member.password);
  await memberPage.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(memberPage.getByTestId("sign-in-error")).toContainText("This account is suspended until");
  expect((await waitForMail(mailSink(), member.email, (m) => m.subject === "Your account is suspended")).text).toContain("Spamming the forum");

  await page.goto("/moderation/log?action=user.suspend");
  await expect(page.getByRole("row").filter({ hasText: member.name })).toContainText("Spamming the forum with advertisements.");
  await memberContext.close();
});

test("a member flags a post, a moderator hides it from the review queue, members see a stub and the log shows it", async ({ page, browser, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const author = await signUpViaApi(page, baseURL!);
  const authorContext = await browser.newContext({ baseURL });
  const authorPage = await authorContext.newPage();
  await signIn(authorPage, author.email, author.password);
  const started = await authorPage.request.post("/api/forum/threads", {
    headers: { origin },
    data: { title: "Buy cheap sharpness", category: "general", source: "An off-topic advertisement with $x$." },
  });
  expect(started.status()).toBe(201);
  const { url } = (await started.json()) as { url: string };

  const flagger = await signUpViaApi(page, baseURL!);
  const flaggerContext = await browser.newContext({ baseURL });
  const flaggerPage = await flaggerContext.newPage();
  await signIn(flaggerPage, flagger.email, flagger.password);
  await flaggerPage.goto(url);
  const post = flaggerPage.locator("#p1");
  await post.getByText("Flag", { exact: true }).click();
  await post.getByRole("radio", { name: "Spam" }).check();
  await post.getByRole("button", { name: "Send the flag" }).click();
  await expect(post.getByRole("button", { name: "Send the flag" })).toBeHidden();

  await signIn(page, e2eAdmin.email, e2eAdmin.password);
  await page.goto("/moderation");
  const item = page.getByRole("listitem").filter({ hasText: "Buy cheap sharpness" });
  await expect(item.getByRole("list", { name: "Flags" })).toContainText(`spam — ${flagger.name}`);
  await item.getByRole("radio", { name: /^Hide/ }).check();
  await item.getByLabel(/^Reason/).fill("Advertising is off-topic here.");
  await item.getByRole("button", { name: "Decide" }).click();
  await expect(page.getByText("Buy cheap sharpness")).toHaveCount(0);

  await flaggerPage.goto(url);
  await expect(flaggerPage.locator("#p1")).toContainText("Hidden by a moderator.");
  await expect(flaggerPage.locator("#p1")).not.toContainText("off-topic advertisement");
  await page.goto(url);
  await expect(page.locator("#p1")).toContainText("Hidden from members: Advertising is off-topic here.");

  await page.goto("/moderation/log?action=post.hide");
  await expect(page.getByRole("row").filter({ hasText: "Buy cheap sharpness" })).toContainText("Advertising is off-topic here.");
  await authorContext.close();
  await flaggerContext.close();
});
