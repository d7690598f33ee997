// For command-line scripts: open the configured database, run, and always close it again.
import { readEnv, type Env } from "@/lib/env.server";
import { openDatabase, type OpenDatabase } from "./open-database.server";

export async function withDatabase<T>(fn: (database: OpenDatabase, env: Env) => Promise<T>): Promise<T> {
  const env = readEnv();
  const database = await openDatabase(env);
  try {
    return await fn(database, env);
  } finally {
    await database.stop();
  }
}
