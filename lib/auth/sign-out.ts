// Signs out through next-auth's own endpoint without pulling next-auth's client library into
// every page's JavaScript (the header is on every page).
export async function signOutAndGo(callbackUrl = "/"): Promise<void> {
  const { csrfToken } = (await (await fetch("/api/auth/csrf")).json()) as { csrfToken: string };
  await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  window.location.assign(callbackUrl);
}
