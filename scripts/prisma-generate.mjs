// Runs `prisma generate` on install. Generation needs no schema engine, but the CLI insists on
// locating one and would download it; pointing it at any existing file avoids the download
// on offline machines, and is harmless where the download works.
import { spawnSync } from "node:child_process";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath;
const result = spawnSync("npx", ["--no-install", "prisma", "generate"], { stdio: "inherit", env });
process.exit(result.status ?? 1);
