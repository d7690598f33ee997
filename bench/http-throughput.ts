// Home page vs a static file from the same server: requests per second and latency with 50
// connections over loopback (autocannon). Needs a production build (run `npm start` once).
// Run: npx tsx bench/http-throughput.ts [seconds]
import autocannon from "autocannon";
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { freePort, machine, startProcess, stopProcess, waitFor200 } from "./support";

const seconds = Number(process.argv[2] ?? 15);

function load(url: string) {
  return new Promise<autocannon.Result>((resolve, reject) =>
    autocannon({ url, connections: 50, duration: seconds }, (error, result) => (error ? reject(error) : resolve(result))),
  );
}

const dataDir = await mkdtemp(path.join(tmpdir(), "lmh-http-"));
const port = await freePort();
const server = startProcess("npx", ["tsx", "scripts/start.ts"], process.cwd(), { PORT: String(port), DATA_DIR: dataDir, DATABASE_URL: "" });
try {
  const base = `http://127.0.0.1:${port}`;
  await waitFor200(`${base}/`, 10 * 60_000);
  const html = await (await fetch(`${base}/`)).text();
  const asset = html.match(/\/_next\/static\/[^"]+\.css/)?.[0];
  if (!asset) throw new Error("no static asset found in the home page");
  await load(`${base}/`); // warm-up, discarded
  const home = await load(`${base}/`);
  const file = await load(`${base}${asset}`);
  const row = (name: string, r: autocannon.Result) =>
    `| ${name} | ${r.requests.average.toFixed(0)} | ${r.latency.p50} | ${r.latency.p99} | ${r.errors + r.non2xx} |`;
  console.log(
    [
      `HTTP over loopback, 50 connections, ${seconds} s each (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${machine()}, embedded PGlite)`,
      "",
      "| target | req/s | p50 ms | p99 ms | errors |",
      "|---|---|---|---|---|",
      row("home page `/` (prerendered HTML through Next)", home),
      row(`static file \`${asset.replace(/[^/]+$/, "…css")}\` (ceiling)`, file),
      "",
      `Home page throughput is ${((home.requests.average / file.requests.average) * 100).toFixed(1)} % of the static-file ceiling.`,
    ].join("\n"),
  );
} finally {
  await stopProcess(server);
  await rm(dataDir, { recursive: true, force: true });
}
