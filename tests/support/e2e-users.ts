// Accounts for end-to-end tests. The administrator is created by the launcher's seed from
// ADMIN_EMAIL/ADMIN_PASSWORD; members sign up through the public API and confirm through the
// link the site mails to the test SMTP server, as a person would.
import type { Page } from "@playwright/test";
import { linkIn, waitForMail } from "./mailbox";

export const e2eAdmin = { email: "admin@e2e.test", password: "e2e-admin-password-7" };

/** The test SMTP server's message list (ports chosen in playwright.config.ts). */
export const mailSink = () => `http://127.0.0.1:${process.env.LMH_SMTP_HTTP_PORT}`;

let counter = 0;

export function newMember(prefix = "member") {
  const id = `${prefix}-${Date.now().toString(36)}-${counter++}`;
  return { name: `Test ${id}`, email: `${id}@e2e.test`, password: `Correct-Horse-${counter}-Battery` };
}

/** The token of the newest confirmation link mailed to `email`. */
export async function confirmationToken(email: string): Promise<string> {
  const mail = await waitForMail(mailSink(), email, (m) => m.subject.startsWith("Confirm your address"));
  return linkIn(mail, "/signup/confirm").searchParams.get("token")!;
}

/** Creates a confirmed member through the API; cookies are not touched (not signed in). */
export async function signUpViaApi(page: Page, baseURL: string, member = newMember()) {
  const headers = { origin: new URL(baseURL).origin };
  const requested = await page.request.post("/api/users", { data: member, headers });
  if (requested.status() !== 202) throw new Error(`sign-up failed: ${requested.status()} ${await requested.text()}`);
  const confirmed = await page.request.post("/api/users/confirm", { data: { token: await confirmationToken(member.email) }, headers });
  if (confirmed.status() !== 201) throw new Error(`confirmation failed: ${confirmed.status()} ${await confirmed.text()}`);
  return { ...member, handle: ((await confirmed.json()) as { user: { handle: string } }).user.handle };
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByTestId("user-menu").waitFor();
}
