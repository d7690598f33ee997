// Cookie-authenticated mutations must come from the site's own pages: browsers send `Origin`
// on every cross-origin request and on same-origin POST/PUT/PATCH/DELETE, so a missing or
// foreign Origin is refused. The comparison is of the full origin (scheme, host and port)
// against the configured site URL, not against the request's own Host header.
export function crossSiteRefusal(origin: string | null, siteOrigin: string): string | null {
  if (!origin) return "Cross-site requests are not accepted: the request has no Origin header.";
  let parsed: string;
  try {
    parsed = new URL(origin).origin;
  } catch {
    return "Cross-site requests are not accepted: the Origin header is not a URL.";
  }
  if (origin !== parsed || parsed !== siteOrigin) return `Cross-site requests are not accepted: this site is ${siteOrigin}.`;
  return null;
}
