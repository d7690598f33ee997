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
