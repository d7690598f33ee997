import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.LMH_EMBEDDED = inject("embedded") ? "1" : "";
// Route handlers are called in-process: they read the site's origin and the session secret.
process.env.NEXTAUTH_URL = "http://localhost:3000";
process.env.NEXTAUTH_SECRET = "integration-secret-0123456789-abcdefghijkl";
process.env.SMTP_URL = inject("smtpUrl");
