// The OpenAPI 3.1 document of the results API, served at /api/openapi.json. Request schemas come
// from the same zod schemas the routes validate with, so the document cannot drift from them.
import { z } from "@/lib/zod";
import { submissionSchema } from "./submission-schema";
import { listQuery } from "./api";

const error = { $ref: "#/components/schemas/Error" };
const errors = (...codes: number[]) => Object.fromEntries(codes.map((c) => [String(c), { description: statusText[c], content: { "application/json": { schema: error } } }]));
const statusText: Record<number, string> = {
  400: "Malformed input (field errors)",
  401: "Not signed in, or a bad or revoked API token",
  403: "Cross-site cookie request, or not allowed",
  404: "Not found",
  409: "Conflict",
  422: "Well-formed but impossible: unknown experiment or version, parameter out of range, unknown observable, over the compute cap (field errors)",
  429: "Rate limited (Retry-After header)",
};
const id = [{ name: "id", in: "path", required: true, schema: { type: "string" } }];

export function openApiDocument(serverUrl: string) {
  const query = z.toJSONSchema(listQuery, { io: "input" }) as { properties: Record<string, unknown> };
  return {
    openapi: "3.1.0",
    info: {
      title: "Learning Mechanics Hub: results API",
      version: "1",
      description:
        "Submit claims about toy experiments of the registry; the server re-runs them over seeds and publishes verdicts. " +
        "Authenticate with a personal API token (Authorization: Bearer lmh_…, created on the account page) or a session cookie (same-origin requests only).",
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: { token: { type: "http", scheme: "bearer" }, session: { type: "apiKey", in: "cookie", name: "next-auth.session-token" } },
      schemas: {
        Submission: z.toJSONSchema(submissionSchema, { io: "input" }),
        Error: { type: "object", properties: { error: { type: "string" }, fieldErrors: { type: "object", additionalProperties: { type: "array", items: { type: "string" } } } }, required: ["error"] },
      },
    },
    paths: {
      "/api/results": {
        post: {
          summary: "Submit a result; its check is queued",
          security: [{ token: [] }, { session: [] }],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Submission" } } } },
          responses: {
            "202": { description: "Stored and queued (or reusing the stored check of an identical spec: reusedFrom)", content: { "application/json": { schema: { type: "object", properties: { id: { type: "string" }, url: { type: "string" }, reusedFrom: { type: ["string", "null"] }, checkId: { type: ["string", "null"] } } } } } },
            ...errors(400, 401, 403, 422, 429),
          },
        },
        get: {
          summary: "List results, newest first",
          parameters: Object.entries(query.properties).map(([name, schema]) => ({ name, in: "query", required: false, schema })),
          responses: { "200": { description: "Results with their latest verdicts" }, ...errors(400) },
        },
      },
      "/api/results/{id}": { get: { summary: "A result with its spec, content hash and every check", parameters: id, responses: { "200": { description: "The result" }, ...errors(404) } } },
      "/api/results/{id}/events": { get: { summary: "Server-Sent Events: the latest check's progress until it is done", parameters: id, responses: { "200": { description: "text/event-stream" }, ...errors(404) } } },
      "/api/results/{id}/reproduce": { post: { summary: "Reproduce with other seeds (a new result credited to the caller)", security: [{ token: [] }, { session: [] }], parameters: id, requestBody: { required: true, content: { "application/json": { schema: { type: "object", properties: { seeds: { type: "array", items: { type: "integer" } } }, required: ["seeds"] } } } }, responses: { "202": { description: "Queued" }, ...errors(400, 401, 403, 404, 422, 429) } } },
      "/api/results/{id}/recheck": { post: { summary: "Re-check the claims on the experiment's current version", security: [{ token: [] }, { session: [] }], parameters: id, responses: { "202": { description: "Queued" }, ...errors(401, 403, 404, 409, 422, 429) } } },
      "/api/experiments": { get: { summary: "Experiments: ids, versions, parameter JSON Schemas, observables with roles, cost model and caps", responses: { "200": { description: "The catalog" } } } },
    },
  };
}
