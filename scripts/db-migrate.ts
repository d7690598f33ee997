// npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded database.
import { applyMigrations } from "@/lib/db/migrate.server";
import { withDatabase } from "@/lib/db/with-database.server";
import { runCli } from "./run-cli";

runCli(() =>
  withDatabase(async (database) => {
    const applied = await applyMigrations(database.url);
    console.log(applied.length ? `Applied ${applied.join(", ")} to ${database.describe}.` : `${database.describe} is up to date.`);
  }),
);
