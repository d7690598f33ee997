// Home page vs a static file from the same server: requests per second and latency with 50
// connections over loopback (autocannon), against the launcher on a fresh embedded database
// (or BASE_URL). Run: npx tsx bench/http-throughput.ts [seconds]
import { cpus } from "node:os";
import { loadRow, loadTest, machine, withSite } from "./support";

const seconds = Number(process.argv[2] ?? 15);

const report = await withSite(async (base) => {
  const html = await (await fetch(`${base}/`)).text();
  const asset = html.match(/\/_next\/static\/[^"]+\.css/)?.[0];
  if (!asset) throw new Error("no static asset found in the home page");
  await loadTest(`${base}/`, seconds); // warm-up, discarded
  const home = await loadTest(`${base}/`, seconds);
  const file = await loadTest(`${base}${asset}`, seconds);
  return [
    `HTTP over loopback, 50 connections, ${seconds} s each (${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, ${machine()}, embedded PGlite)`,
    "",
    "| target | req/s | p50 ms | p99 ms | errors |",
    "|---|---|---|---|---|",
    loadRow("home page `/` (prerendered HTML through Next)", home),
    loadRow(`static file \`${asset.replace(/[^/]+$/, "…css")}\` (ceiling)`, file),
    "",
    `Home page throughput is ${((home.requests.average / file.requests.average) * 100).toFixed(1)} % of the static-file ceiling.`,
  ].join("\n");
});
console.log(report);
