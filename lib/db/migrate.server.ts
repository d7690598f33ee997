// Applies and creates migrations with Prisma's WASM schema engine, driven through the same
// driver adapter as the app: the native engine cannot be downloaded everywhere, and this
// keeps the standard prisma/migrations layout that `prisma migrate deploy` also reads.
import { readFile, readdir, writeFile, mkdir } from "node:fs/promises";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import pg from "pg";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import { startEmbeddedDatabase } from "./embedded.server";

type Engine = Awaited<ReturnType<typeof import("@prisma/schema-engine-wasm/schema_engine_bg").SchemaEngine.new>>;

const root = process.cwd();
export const schemaPath = path.join(root, "prisma", "schema.prisma");
export const migrationsDir = path.join(root, "prisma", "migrations");
const snapshotPath = path.join(migrationsDir, "schema.snapshot.prisma");
const noFilter = { externalTables: [], externalEnums: [] };

type Bindings = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
let bindings: Promise<Bindings> | undefined;
let lastPanic = "";

// What the package's own entry does, minus its `import "*.wasm"` that Node cannot load.
function loadBindings(): Promise<Bindings> {
  bindings ??= (async () => {
    const require = createRequire(import.meta.url);
    const jsPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const bg: Bindings = await import("@prisma/schema-engine-wasm/schema_engine_bg");
    const { instance } = await WebAssembly.instantiate(await readFile(jsPath.replace(/\.js$/, ".wasm")), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    // The engine reports a panic's text here before throwing; keep it for the error message.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message(message: string) {
        lastPanic = message;
      },
    };
    return bg;
  })();
  return bindings;
}

/**
 * The driver adapter runs a migration script by splitting it on every ";", which cuts a
 * dollar-quoted function body (a trigger) in pieces. Prisma's native engine sends the script
 * whole; so does this: one simple-protocol query, which PostgreSQL runs as one transaction, so a
 * migration applies entirely or not at all.
 */
function sendingScriptsWhole(factory: PrismaPg, pool: pg.Pool): SqlMigrationAwareDriverAdapterFactory {
  const whole = <A extends SqlDriverAdapter>(adapter: A): A => {
    adapter.executeScript = async (script: string) => {
      try {
        await pool.query(script);
      } catch (error) {
        // The adapter's own mapping of PostgreSQL errors to the engine's error kinds.
        (adapter as unknown as { onError(error: unknown): never }).onError(error);
      }
    };
    return adapter;
  };
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => whole(await factory.connect()),
    connectToShadowDb: async () => whole(await factory.connectToShadowDb()),
  };
}

async function openEngine(pool: pg.Pool, datamodel: string): Promise<Engine> {
  const bg = await loadBindings();
  const adapter = bindMigrationAwareSqlAdapterFactory(sendingScriptsWhole(new PrismaPg(pool, { schema: "public" }), pool));
  return bg.SchemaEngine.new({ datamodels: [[schemaPath, datamodel]] }, () => {}, adapter);
}

async function listMigrations() {
  const dirs = existsSync(migrationsDir)
    ? (await readdir(migrationsDir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name).sort()
    : [];
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  return {
    baseDir: migrationsDir,
    lockfile: { path: "migration_lock.toml", content: existsSync(lockPath) ? await readFile(lockPath, "utf8") : null },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (name) => ({
        path: name,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(migrationsDir, name, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

async function withEngine<T>(url: string, fn: (engine: Engine, datamodel: string) => Promise<T>): Promise<T> {
  const datamodel = await readFile(schemaPath, "utf8");
  // Our own pool, so the connection is closed afterwards (the embedded server takes one at a time).
  const pool = new pg.Pool({ connectionString: url, max: 1 });
  try {
    const engine = await openEngine(pool, datamodel);
    try {
      return await fn(engine, datamodel);
    } catch (error) {
      throw lastPanic ? new Error(`schema engine: ${lastPanic}`, { cause: error }) : error;
    } finally {
      engine.free();
    }
  } finally {
    await pool.end();
  }
}

/** Applies every migration not yet recorded in `_prisma_migrations`; returns their names. */
export function applyMigrations(url: string): Promise<string[]> {
  return withEngine(url, async (engine) => {
    const out = await engine.applyMigrations({ migrationsList: await listMigrations(), filters: noFilter });
    return out.appliedMigrationNames;
  });
}

/**
 * Prisma's SQL from the schema as of the last migration (kept in schema.snapshot.prisma) to
 * the current one, or null when they agree. Diffing two schemas needs no introspection, which
 * the WASM engine cannot do on PostgreSQL ("Column type 'char' could not be deserialized").
 */
export async function schemaChangesSinceLastMigration(): Promise<string | null> {
  const history = await listMigrations();
  const snapshot = existsSync(snapshotPath) ? await readFile(snapshotPath, "utf8") : null;
  if (snapshot === null && history.migrationDirectories.length > 0) {
    throw new Error(`${snapshotPath} is missing: restore it from git before creating a migration.`);
  }
  // The engine wants a live connection even for a pure schema diff: a throwaway in-memory one.
  const scratch = await startEmbeddedDatabase(null);
  try {
    return await withEngine(scratch.url, async (engine, datamodel) => {
      const diff = await engine.diff({
        from: snapshot === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: snapshotPath, content: snapshot }] },
        to: { tag: "schemaDatamodel", files: [{ path: schemaPath, content: datamodel }] },
        script: true,
        exitCode: true,
        filters: noFilter,
      });
      return diff.exitCode === 2 && diff.stdout ? diff.stdout : null;
    });
  } finally {
    await scratch.stop();
  }
}

/** Writes prisma/migrations/<timestamp>_<name>/migration.sql; returns the folder, or null when nothing changed. */
export async function createMigration(name: string): Promise<string | null> {
  const sql = await schemaChangesSinceLastMigration();
  if (sql === null) return null;
  const folder = `${new Date().toISOString().replace(/\D/g, "").slice(0, 14)}_${name}`;
  await mkdir(path.join(migrationsDir, folder), { recursive: true });
  await writeFile(path.join(migrationsDir, folder, "migration.sql"), sql);
  await writeFile(snapshotPath, await readFile(schemaPath, "utf8"));
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  if (!existsSync(lockPath)) await writeFile(lockPath, 'provider = "postgresql"\n');
  return folder;
}
