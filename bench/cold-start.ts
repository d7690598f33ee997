// Cold start on a clean clone: `npm install && npm start` to the first 200 from the home page,
// then a warm restart (build already current). Run: npx tsx bench/cold-start.ts
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { freePort, machine, startProcess, stopProcess, waitFor200 } from "./support";

async function startToFirst200(cwd: string, command: string): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child = startProcess("bash", ["-c", command], cwd, { PORT: String(port), DATABASE_URL: "" });
  try {
    return (await waitFor200(`http://127.0.0.1:${port}/`, 20 * 60_000)) - started;
  } finally {
    await stopProcess(child);
  }
}

const work = await mkdtemp(path.join(tmpdir(), "lmh-cold-"));
try {
  const clone = path.join(work, "clone");
  execFileSync("git", ["clone", "--quiet", process.cwd(), clone]);
  const cold = await startToFirst200(clone, "npm install --no-audit --no-fund --silent && npm start");
  const warm = await startToFirst200(clone, "npm start");
  const rows = [
    `| clean clone: \`npm install && npm start\` → first 200 | ${(cold / 1000).toFixed(1)} s |`,
    `| second start (build current, database exists) → first 200 | ${(warm / 1000).toFixed(1)} s |`,
  ];
  console.log(`Cold start (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${machine()})\n\n| what | time |\n|---|---|\n${rows.join("\n")}`);
} finally {
  await rm(work, { recursive: true, force: true });
}
