// npm run db:new-migration -- <name> — writes the SQL for the schema changes since the last migration.
import { createMigration } from "@/lib/db/migrate.server";
import { ConfigError } from "@/lib/config-error";
import { runCli } from "./run-cli";

runCli(async () => {
  const name = process.argv[2] ?? "";
  if (!/^[a-z0-9_]{1,60}$/.test(name)) {
    throw new ConfigError("name", "give the migration a name of lower-case letters, digits and underscores: npm run db:new-migration -- add_posts");
  }
  const folder = await createMigration(name);
  console.log(folder ? `Wrote prisma/migrations/${folder}/migration.sql. Review it, then npm run db:migrate.` : "The schema has not changed since the last migration.");
});
