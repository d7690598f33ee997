import { expect, test } from "@playwright/test";
import { confirmationToken, e2eAdmin, mailSink, newMember, signIn, signUpViaApi } from "../support/e2e-users";
import { linkIn, waitForMail } from "../support/mailbox";
import { TEST_ORCID } from "../support/oidc-constants";

test("sign up in the form, confirm from the e-mail, sign in, sign out", async ({ page }) => {
  const member = newMember("signup");
  await page.goto("/signup");
  await page.getByLabel("Display name").fill(member.name);
  await page.getByLabel("E-mail address").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByTestId("check-inbox")).toContainText(`Check your inbox at ${member.email}`);

  await page.goto(`/signup/confirm?token=${encodeURIComponent(await confirmationToken(member.email))}`);
  await expect(page.getByText(`Create the account of ${member.name} for ${member.email}?`)).toBeVisible();
  await page.getByRole("button", { name: "Create my account" }).click();
  await page.getByRole("status").getByRole("link", { name: "Sign in" }).click();
  await signIn(page, member.email, member.password);
  await expect(page.getByTestId("user-menu")).toHaveText(member.name);

  await page.getByTestId("user-menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  await page.goto("/account");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Faccount/);
});

test("sign-up shows field errors, and answers a taken address exactly as a new one", async ({ page, baseURL }) => {
  const existing = await signUpViaApi(page, baseURL!);
  await page.goto("/signup");
  await page.getByLabel("Display name").fill("Someone");
  await page.getByLabel("E-mail address").fill("not-an-address");
  await page.getByLabel("Password").fill("short");
  const [response] = await Promise.all([page.waitForResponse("**/api/users"), page.getByRole("button", { name: "Create account" }).click()]);
  expect(response.status()).toBe(400);
  await expect(page.getByText("That does not look like an e-mail address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters.")).toBeVisible();
  await expect(page.getByLabel("E-mail address")).toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("E-mail address").fill(existing.email);
  await page.getByLabel("Password").fill("a-perfectly-fine-password");
  const [again] = await Promise.all([page.waitForResponse("**/api/users"), page.getByRole("button", { name: "Create account" }).click()]);
  expect(again.status()).toBe(202);
  await expect(page.getByTestId("check-inbox")).toContainText(`Check your inbox at ${existing.email}`);
  expect((await waitForMail(mailSink(), existing.email, (m) => m.subject === "You already have an account")).text).toContain("/signin");
});

test("forgot password: the e-mailed link sets a new one", async ({ page, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  await page.goto("/signin");
  await page.getByRole("link", { name: "Forgot your password?" }).click();
  await expect(page.getByRole("heading", { name: "Reset your password" })).toBeVisible();
  await page.getByLabel("E-mail address").fill(member.email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByTestId("check-inbox")).toBeVisible();
  const mail = await waitForMail(mailSink(), member.email, (m) => m.subject === "Choose a new password");
  await page.goto(linkIn(mail, "/reset-password").toString().replace(/^https?:\/\/[^/]+/, ""));
  await page.getByLabel("New password").fill("a-reset-password-77");
  await page.getByRole("button", { name: "Set the new password" }).click();
  await expect(page.getByText("Your password is changed")).toBeVisible();
  await signIn(page, member.email, "a-reset-password-77");
});

test("sign in with the right password; a wrong password is refused with a message", async ({ page, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  await page.goto("/signin");
  await page.getByLabel("E-mail address").fill(member.email);
  await page.getByLabel("Password").fill("definitely-wrong-password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("sign-in-error")).toHaveText("That e-mail address and password do not match an account.");
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  await signIn(page, member.email, member.password);
  await expect(page.getByTestId("user-menu")).toHaveText(member.name);
});

test("a session survives a reload and reaches the account page", async ({ page, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);
  await page.reload();
  await page.goto("/account");
  await expect(page.getByRole("heading", { name: "Account settings" })).toBeVisible();
  await expect(page.getByText(`Signed in as ${member.email}`)).toBeVisible();
});

test("sign in with ORCID through a local OpenID Connect provider", async ({ page }) => {
  await page.goto("/signin");
  await page.getByRole("button", { name: "Continue with ORCID" }).click();
  await expect(page.getByTestId("user-menu")).toBeVisible();
  await page.getByTestId("user-menu").click();
  await page.getByRole("link", { name: "Your profile" }).click();
  await expect(page.getByRole("link", { name: TEST_ORCID })).toBeVisible();
});

test("a member gets 403 from the admin page; the administrator gets in", async ({ page, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);
  const denied = await page.goto("/admin");
  expect(denied?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not open to your account" })).toBeVisible();

  const patch = await page.request.patch("/api/admin/users/anyone", { data: { role: "ADMIN" }, headers: { origin: new URL(baseURL!).origin } });
  expect(patch.status()).toBe(403);

  await page.context().clearCookies();
  await signIn(page, e2eAdmin.email, e2eAdmin.password);
  const allowed = await page.goto("/admin");
  expect(allowed?.status()).toBe(200);
  await expect(page.getByRole("heading", { name: "Members" })).toBeVisible();
});

test("profile edits show on the public profile; there is no field to type an ORCID iD", async ({ page, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);
  await page.goto("/account");
  await page.getByLabel("Affiliation").fill("Institute of Toy Models");
  await expect(page.getByLabel("ORCID iD")).toHaveCount(0);
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  await page.goto(`/users/${member.handle}`);
  await expect(page.getByText("Institute of Toy Models")).toBeVisible();
  await expect(page.getByText("not linked")).toBeVisible();
  await expect(page.getByRole("img", { name: `Avatar of ${member.name}` })).toBeVisible();
});

test("changing the password keeps this session, and the old password stops working", async ({ page, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);
  await page.goto("/account");
  await page.getByLabel("Current password").fill(member.password);
  await page.getByLabel("New password").fill("a-brand-new-password-9");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByText("Password changed.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("user-menu")).toBeVisible();

  await page.context().clearCookies();
  await page.goto("/signin");
  await page.getByLabel("E-mail address").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByTestId("sign-in-error")).toBeVisible();
  await signIn(page, member.email, "a-brand-new-password-9");
});

test("deleting the account signs out and removes the profile", async ({ page, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);
  await page.goto("/account");
  await page.getByLabel(/Type your handle/).fill("wrong");
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByText(`Type your handle, ${member.handle}, to confirm.`).last()).toBeVisible();
  await page.getByLabel(/Type your handle/).fill(member.handle);
  await page.getByRole("button", { name: "Delete my account" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();
  const gone = await page.goto(`/users/${member.handle}`);
  expect(gone?.status()).toBe(404);
});

test("after 10 wrong passwords the sign-in form says to wait", async ({ page, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  await page.goto("/signin");
  await page.getByLabel("E-mail address").fill(member.email);
  for (let i = 0; i < 10; i++) {
    await page.getByLabel("Password").fill(`wrong-password-${i}`);
    await page.getByRole("button", { name: "Sign in", exact: true }).click();
    await expect(page.getByTestId("sign-in-error")).toHaveText("That e-mail address and password do not match an account.");
  }
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  // Counted in 15-minute windows that slide: the wait is at most one window plus the decay of the extra attempt (17 minutes).
  const error = page.getByTestId("sign-in-error");
  await expect(error).toHaveText(/^Too many failed sign-in attempts\. For your safety, try again in \d+ minutes?\.$/);
  expect(Number((await error.textContent())!.match(/in (\d+) minute/)![1])).toBeLessThanOrEqual(17);
});
