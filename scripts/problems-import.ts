// npm run problems:import -- file.json — loads a tracker export (GET /api/problems/export) into a
// database whose tracker has no history yet. Stop the site first when it uses the embedded database.
import { readFile } from "node:fs/promises";
import { ConfigError } from "@/lib/config-error";
import { createPrismaClient } from "@/lib/db/client.server";
import { applyMigrations } from "@/lib/db/migrate.server";
import { withDatabase } from "@/lib/db/with-database.server";
import { importProblems } from "@/lib/problems/transfer.server";
import { runCli } from "./run-cli";

runCli(async () => {
  const file = process.argv[2];
  if (!file) throw new ConfigError("file", "name the export to import: npm run problems:import -- problems.json");
  let data: unknown;
  try {
    data = JSON.parse(await readFile(file, "utf8"));
  } catch (error) {
    throw new ConfigError("file", `${file} is not a readable JSON file (${(error as Error).message}).`);
  }
  await withDatabase(async (database) => {
    await applyMigrations(database.url);
    const prisma = createPrismaClient(database.url, database.embedded);
    try {
      const result = await importProblems(prisma, data);
      if (!result.ok) {
        const detail = "fieldErrors" in result ? Object.entries(result.fieldErrors).map(([field, messages]) => `${field}: ${messages.join(" ")}`).join("\n") : result.message;
        throw new ConfigError("file", `${file} was not imported:\n${detail}`);
      }
      console.log(`Imported ${result.problems} problems, ${result.statusChanges} status changes and ${result.proposals} proposals.`);
    } finally {
      await prisma.$disconnect();
    }
  });
});
