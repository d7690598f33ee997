// A local OpenID Connect provider standing in for ORCID in end-to-end tests (no internet).
// Its /authorize redirects straight back with a code; tokens name a fixed ORCID iD.
import { OAuth2Server } from "oauth2-mock-server";

import { TEST_ORCID, TEST_ORCID_NAME } from "./oidc-constants";

const port = Number(process.env.LMH_OIDC_PORT);
const server = new OAuth2Server();
await server.issuer.keys.generate("RS256");
server.service.on("beforeTokenSigning", (token) => {
  token.payload.sub = TEST_ORCID;
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
