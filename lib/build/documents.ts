// Static documents: every page under app/(documents)/ (perspectives, learn pages, indexes, the
// playground, the home page). After `next build` they lose React, the App Router runtime and their
// React Server Components payload (static-documents.server.ts); what they need in the browser comes
// from the islands script. A route group rather than a marker in the page's output, because Next.js
// lists every route's file path in its build manifests whether or not it prerendered the route:
// so the build can also fail on a document that became dynamic, which has no HTML to inspect.
// A page leaves the set by moving out of the group (docs/ARCHITECTURE.md, "Documents and islands").
export const DOCUMENTS_GROUP = "(documents)";
