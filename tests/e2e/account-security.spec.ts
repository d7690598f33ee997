// Issue 9's attacks against the running site, on each database: open redirects, replayed
// sign-out cookies, NUL bytes in paths, and ORCID iDs that must be proven.
import { expect, test } from "@playwright/test";
import { e2eAdmin, signIn, signUpViaApi } from "../support/e2e-users";
import { uniqueOrcid } from "../support/orcid";

// The provider announces itself as localhost (its issuer URL), so its cookies live there.
const ISSUER = () => `http://localhost:${process.env.LMH_OIDC_PORT}`;

test("1. a signed-in reader is never redirected off the site by callbackUrl, and a newline is not a 500", async ({ page, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);
  for (const callbackUrl of ["/%09/evil.example", "/%0D/evil.example", "/%5C/evil.example", "//evil.example", "https://evil.example/", "/%0a/x"]) {
    const response = await page.request.get(`/signin?callbackUrl=${callbackUrl}`, { maxRedirects: 0 });
    expect(response.status(), callbackUrl).toBe(307);
    const location = new URL(response.headers().location!, baseURL);
    expect(location.origin, callbackUrl).toBe(new URL(baseURL!).origin);
    expect(location.pathname, callbackUrl).toBe("/");
  }
});

test("1. signed out: signing in from a poisoned sign-in link lands on this site", async ({ page, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  const outside: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(baseURL!)) outside.push(r.url());
  });
  await page.goto("/signin?callbackUrl=/%09/evil.example/x");
  await page.getByLabel("E-mail address").fill(member.email);
  await page.getByLabel("Password").fill(member.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await page.getByTestId("user-menu").waitFor();
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  expect(outside.filter((u) => u.includes("evil.example"))).toEqual([]);
});

test("4. after signing out, the old session cookie signs nobody in", async ({ page, browser, baseURL }) => {
  const member = await signUpViaApi(page, baseURL!);
  await signIn(page, member.email, member.password);
  const stolen = await page.context().cookies();
  await page.getByTestId("user-menu").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("link", { name: "Sign in" })).toBeVisible();

  const replay = await browser.newContext({ baseURL });
  await replay.addCookies(stolen);
  expect(await (await replay.request.get("/api/auth/session")).json()).not.toHaveProperty("user.id");
  const write = await replay.request.patch("/api/account", { data: { name: "Replayed", affiliation: "", bio: "" }, headers: { origin: new URL(baseURL!).origin } });
  expect(write.status()).toBe(401);
  await replay.close();
});

test("9. NUL bytes and other impossible values in paths are 404s (or 400 when not UTF-8), never 500s", async ({ request }) => {
  for (const path of ["/users/%00", "/users/a%00b", "/learn/%00", "/perspectives/%00", "/authors/%00", "/forum/%00"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
  for (const path of ["/users/%FF", "/learn/%C3", "/%E0%A4%A"]) expect((await request.get(path)).status(), path).toBe(400);
});

test("3. an ORCID iD reaches a profile only through ORCID: linking proves it, and one iD belongs to one account", async ({ page, browser, baseURL }) => {
  const orcid = uniqueOrcid();
  const member = await signUpViaApi(page, baseURL!);
  await page.context().addCookies([{ name: "orcid", value: orcid, url: ISSUER() }]);
  await signIn(page, member.email, member.password);
  await page.goto("/account");
  await page.getByRole("button", { name: "Link ORCID" }).click();
  await expect(page.getByRole("status").filter({ hasText: "ORCID linked to your account." })).toBeVisible();
  await expect(page.getByTestId("user-menu")).toHaveText(member.name); // still the same session
  await page.goto(`/users/${member.handle}`);
  await expect(page.getByRole("link", { name: orcid })).toBeVisible();
  await expect(page.getByText("verified through ORCID sign-in")).toBeVisible();

  const other = await browser.newContext({ baseURL });
  const otherPage = await other.newPage();
  const second = await signUpViaApi(otherPage, baseURL!);
  await other.addCookies([{ name: "orcid", value: orcid, url: ISSUER() }]);
  await signIn(otherPage, second.email, second.password);
  await otherPage.goto("/account");
  await otherPage.getByRole("button", { name: "Link ORCID" }).click();
  await expect(otherPage.getByRole("status").filter({ hasText: "belongs to another account" })).toBeVisible();
  await otherPage.goto(`/users/${second.handle}`);
  await expect(otherPage.getByText("not linked")).toBeVisible();
  await other.close();
});

test("8. staff wear a role badge beside their name", async ({ page }) => {
  await signIn(page, e2eAdmin.email, e2eAdmin.password);
  await page.goto("/admin");
  const row = page.getByRole("row").filter({ hasText: e2eAdmin.email });
  await expect(row.getByText("Admin", { exact: true })).toBeVisible();
});
