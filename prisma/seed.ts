// npm run db:seed — idempotent; run it as often as you like.
import { createPrismaClient } from "@/lib/db/client.server";
import { applyMigrations } from "@/lib/db/migrate.server";
import { seed } from "@/lib/db/seed.server";
import { withDatabase } from "@/lib/db/with-database.server";
import { runCli } from "../scripts/run-cli";

runCli(() =>
  withDatabase(async (database, env) => {
    await applyMigrations(database.url);
    const prisma = createPrismaClient(database.url, database.embedded);
    try {
      const notes = await seed(prisma, env);
      console.log(notes.length ? notes.join("\n") : "Seed: nothing to change.");
    } finally {
      await prisma.$disconnect();
    }
  }),
);
