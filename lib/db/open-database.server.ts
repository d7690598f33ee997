// Resolves where the data lives for launchers and scripts: a PostgreSQL server named by
// DATABASE_URL (checked to answer), or the embedded PGlite in DATA_DIR.
import path from "node:path";
import pg from "pg";
import { ConfigError } from "../config-error";
import { dataDir } from "../data-dir.server";
import { databaseUrl, type Env } from "../env.server";
import { startEmbeddedDatabase } from "./embedded.server";

export interface OpenDatabase {
  url: string;
  embedded: boolean;
  describe: string;
  stop(): Promise<void>;
}

export async function openDatabase(env: Env, port = 0): Promise<OpenDatabase> {
  const url = databaseUrl(env);
  if (url) {
    await checkServer(url);
    const { hostname, port: p, pathname } = new URL(url);
    return { url, embedded: false, describe: `PostgreSQL at ${hostname}:${p || 5432}${pathname}`, stop: async () => {} };
  }
  const dir = dataDir(env);
  const db = await startEmbeddedDatabase(dir, port);
  return { ...db, embedded: true, describe: `embedded PGlite in ${path.relative(process.cwd(), dir) || dir}` };
}

async function checkServer(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("select 1");
  } catch (error) {
    const reason = (error as Error).message || String(error);
    throw new ConfigError(
      "DATABASE_URL",
      `cannot reach the PostgreSQL server (${reason}). Check that it is running and that the URL's host, port, user, password and database are right, or unset DATABASE_URL to use the embedded database.`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}
