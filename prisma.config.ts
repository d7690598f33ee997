// For the stock Prisma CLI (`prisma generate`, and `prisma migrate deploy` where the native
// engine can be downloaded). The project's own scripts/db-migrate.ts needs neither.
import { defineConfig } from "prisma/config";
import { readEnv } from "./lib/env.server";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  datasource: { url: readEnv().DATABASE_URL ?? "postgresql://localhost/unused" },
});
