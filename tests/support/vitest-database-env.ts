import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
process.env.LMH_EMBEDDED = inject("embedded") ? "1" : "";
