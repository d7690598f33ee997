// Accounts for end-to-end tests. The administrator is created by the launcher's seed from
// ADMIN_EMAIL/ADMIN_PASSWORD; members are created per test through the public sign-up API.
import type { Page } from "@playwright/test";

export const e2eAdmin = { email: "admin@e2e.test", password: "e2e-admin-password-7" };

let counter = 0;

export function newMember(prefix = "member") {
  const id = `${prefix}-${Date.now().toString(36)}-${counter++}`;
  return { name: `Test ${id}`, email: `${id}@e2e.test`, password: `Correct-Horse-${counter}-Battery` };
}

/** Creates a member through POST /api/users; cookies are not touched (not signed in). */
export async function signUpViaApi(page: Page, baseURL: string, member = newMember()) {
  const response = await page.request.post("/api/users", { data: member, headers: { origin: new URL(baseURL).origin } });
  if (response.status() !== 201) throw new Error(`sign-up failed: ${response.status()} ${await response.text()}`);
  return { ...member, handle: ((await response.json()) as { user: { handle: string } }).user.handle };
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("E-mail address").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByTestId("user-menu").waitFor();
}
