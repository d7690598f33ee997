// A local OpenID Connect provider standing in for ORCID in end-to-end tests (no internet).
// Its /authorize redirects straight back with a code. The iD in the tokens is TEST_ORCID, or the
// one a test put in an `orcid` cookie on this provider's origin before the flow started, so
// tests can sign in or link as different ORCID identities.
import { OAuth2Server } from "oauth2-mock-server";
import { TEST_ORCID, TEST_ORCID_NAME } from "./oidc-constants";

const port = Number(process.env.LMH_OIDC_PORT);
const server = new OAuth2Server();
await server.issuer.keys.generate("RS256");
const orcidForCode = new Map<string, string>();

function cookie(header: string | undefined, name: string): string | undefined {
  return header?.split(";").map((c) => c.trim().split("=")).find(([k]) => k === name)?.[1];
}

server.service.on("beforeAuthorizeRedirect", (redirect: { url: URL }, req: { headers: Record<string, string | undefined> }) => {
  const code = redirect.url.searchParams.get("code");
  const orcid = cookie(req.headers.cookie, "orcid");
  if (code && orcid) orcidForCode.set(code, decodeURIComponent(orcid));
});
server.service.on("beforeTokenSigning", (token, req) => {
  const code = (req.body as { code?: string } | undefined)?.code;
  token.payload.sub = (code && orcidForCode.get(code)) || TEST_ORCID;
  token.payload.name = TEST_ORCID_NAME;
});
server.service.on("beforeUserinfo", (response) => {
  response.body = { sub: TEST_ORCID, name: TEST_ORCID_NAME };
});
await server.start(port, "127.0.0.1");
console.log(`OIDC test provider at ${server.issuer.url}`);
const stop = () => void server.stop().then(() => process.exit(0));
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
