// The embedded database: PGlite (PostgreSQL compiled to WASM) persisted in a data folder and
// served on a loopback port, so the app reaches it through the same @prisma/adapter-pg as a
// real server. PGlite is single-session: one connection at a time, one process per folder.
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { acquireFolderLock } from "./folder-lock.server";

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** Opens (creating when needed) the database in `dataDir`, or an in-memory one when null. */
export async function startEmbeddedDatabase(dataDir: string | null, port = 0): Promise<EmbeddedDatabase> {
  let release = async () => {};
  let pgDir: string | undefined;
  if (dataDir) {
    await mkdir(dataDir, { recursive: true });
    release = await acquireFolderLock(dataDir);
    pgDir = path.join(dataDir, "pglite");
  }
  let db: PGlite;
  try {
    db = await PGlite.create(pgDir);
  } catch (error) {
    await release();
    throw error;
  }
  // Clients use a pool of one connection, since PGlite runs one session: interleaved extended-
  // protocol messages from two connections could cross. The server still admits a few, so a
  // reconnect is not refused while the previous socket's close is being processed.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 4 });
  await server.start();
  const bound = Number(server.getServerConn().split(":").pop());
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${bound}/postgres?sslmode=disable`,
    async stop() {
      await server.stop();
      await db.close();
      await release();
    },
  };
}
