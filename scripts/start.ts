// npm start / npm run dev — one process: opens the database (embedded PGlite unless
// DATABASE_URL is set), applies migrations, seeds, builds when the sources changed, serves.
import "./server-only-hook.mjs";
import { createServer } from "node:http";
import { ConfigError } from "@/lib/config-error";
import { resolveAuthSecret } from "@/lib/auth/auth-secret.server";
import { buildSite } from "@/lib/build/build-site.server";
import { checkBuild } from "@/lib/build/fingerprint.server";
import { buildIslands } from "@/lib/build/islands.server";
import { createPrismaClient } from "@/lib/db/client.server";
import { applyMigrations } from "@/lib/db/migrate.server";
import { openDatabase, type OpenDatabase } from "@/lib/db/open-database.server";
import { seed } from "@/lib/db/seed.server";
import { recookStalePosts } from "@/lib/forum/cook";
import { databaseUrl, port as portOf, positiveSetting, publishServerSettings, readEnv } from "@/lib/env.server";
import { stopJobs } from "@/lib/jobs/boss.server";
import { CLIENT_IP_HEADER } from "@/lib/auth/client-ip";
import { malformedPath } from "@/lib/http/well-formed-path";
import { contentSecurityPolicy, newNonce, scriptHash, securityHeaders } from "@/lib/http/security-headers";
import { islandsManifest } from "@/lib/build/islands-url.server";
import { sendLiveDocument, servesLiveDocument, stripRuntimeOnTheWay } from "@/lib/build/live-documents";
import { cachedLiveDocument, chooseEncoding, startLiveDocumentCache } from "@/lib/build/live-document-cache";
import { readNextOutput } from "@/lib/build/next-output.server";
import { themeScript } from "@/components/site/theme-script";
import { islandsLoaderScript } from "@/components/site/islands-loader";
import { startEmailDelivery } from "@/lib/mail/delivery-loop.server";
import { startNotificationLoop } from "@/lib/notifications/loop.server";
import { rulesWithOverrides } from "@/lib/rate-limit/rules";
import { runCli } from "./run-cli";

const dev = process.argv.includes("--dev");
const root = process.cwd();
const log = (line: string) => console.log(`[lmh] ${line}`);

async function prepareDatabase(database: OpenDatabase, env: ReturnType<typeof readEnv>) {
  const applied = await applyMigrations(database.url);
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  const prisma = createPrismaClient(database.url, database.embedded);
  try {
    for (const note of await seed(prisma, env)) log(note);
    // Before serving, on the one connection the embedded database allows: rare (a renderer upgrade).
    const recooked = await recookStalePosts(prisma);
    if (recooked) log(`re-cooked ${recooked} forum posts with the current renderer`);
  } finally {
    await prisma.$disconnect();
  }
}

/** Builds when the sources or the baked-in settings (the site's URL) differ from the last build's. */
async function ensureBuild() {
  // Called once NEXTAUTH_URL has its default: `next build` inherits this environment.
  const { current, fingerprint } = await checkBuild(root, readEnv());
  if (current) return;
  log("building the site (first start, or changed sources or site URL; this takes a minute or two)…");
  await buildSite(root, log, fingerprint);
}

function listen(server: ReturnType<typeof createServer>, port: number, host: string | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE") reject(new ConfigError("PORT", `port ${port} is already in use. Stop the other server or choose another port, e.g. PORT=3001 npm start.`));
      else reject(error);
    });
    server.listen(port, host, resolve);
  });
}

/**
 * Result checks: with the embedded database only this process may open it, so the worker always
 * runs here; with DATABASE_URL, WORKERS of them (default 1, 0 for none: `npm run worker` elsewhere).
 */
async function startInProcessWorkers(embedded: boolean, env: ReturnType<typeof readEnv>): Promise<() => Promise<void>> {
  const count = embedded ? 1 : positiveSetting("WORKERS", 1, env);
  if (count === 0) {
    log("result checks: no worker in this process (WORKERS=0); run `npm run worker`");
    return async () => {};
  }
  // Imported once the server-only hook is in place: the worker's modules include server-only ones.
  const { startCheckWorkers } = await import("@/lib/jobs/check-worker.server");
  const stop = await startCheckWorkers(count, (line) => log(`[checks] ${line}`));
  log(`result checks: ${count} worker${count === 1 ? "" : "s"} in this process`);
  return stop;
}

runCli(async () => {
  // The mode is the launcher's choice, not the shell's: settings are read as the server will run.
  const env = readEnv({ ...process.env, NODE_ENV: dev ? "development" : "production" });
  const port = portOf(env);
  const embedded = !databaseUrl(env);
  // Settings first, so a misconfiguration stops the start before anything is opened.
  const secret = await resolveAuthSecret(env, embedded);
  rulesWithOverrides(env.RATE_LIMITS);
  const database = await openDatabase(env);
  try {
    log(`database: ${database.describe}`);
    await prepareDatabase(database, env);
    publishServerSettings({
      DATABASE_URL: database.url,
      LMH_EMBEDDED: database.embedded,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: env.NEXTAUTH_URL ?? `http://localhost:${port}`,
      NODE_ENV: dev ? "development" : "production",
    });
    // Development rebuilds the islands on change; Next.js compiles the rest on demand.
    if (dev) await buildIslands(root, { dev, watch: true });
    else await ensureBuild();

    const next = (await import("next")).default;
    const app = next({ dev, dir: root, port, hostname: env.HOST ?? "localhost" });
    await app.prepare();
    const handle = app.getRequestHandler();
    const scriptHashes = [scriptHash(themeScript), scriptHash(islandsLoaderScript(islandsManifest(root, dev).site))];
    // Development serves documents with the runtime too (nothing is stripped there).
    const assetUrls = dev ? null : { assetPrefix: (await readNextOutput(root)).assetPrefix };
    startLiveDocumentCache(dev ? 0 : positiveSetting("LIVE_DOCUMENT_CACHE_SECONDS", 5, env));
    const server = createServer((req, res) => {
      const policy = contentSecurityPolicy({ nonce: newNonce(), scriptHashes, dev });
      for (const [name, value] of Object.entries(securityHeaders(policy))) res.setHeader(name, value);
      if (malformedPath(req.url)) {
        res.writeHead(400, { "content-type": "text/plain; charset=utf-8" }).end("Bad request: the address is not valid percent-encoded UTF-8.\n");
        return;
      }
      req.headers[CLIENT_IP_HEADER] = req.socket.remoteAddress ?? "";
      // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
      req.headers["content-security-policy"] = policy;
      if (assetUrls && servesLiveDocument(req)) {
        const url = req.url!;
        const encoding = chooseEncoding(req.headers["accept-encoding"]);
        const cached = cachedLiveDocument(url);
        if (cached) return sendLiveDocument(res, cached, encoding);
        delete req.headers["accept-encoding"]; // the strip reads the HTML as text, and compresses it itself
        stripRuntimeOnTheWay(res, assetUrls, { url, encoding }, (reasons) => log(`${url}: served with its runtime, the strip left ${reasons.join("; ")}`));
      }
      void handle(req, res);
    });
    await listen(server, port, env.HOST);
    const stopMail = startEmailDelivery();
    const stopChecks = await startInProcessWorkers(database.embedded, env);
    const stopNotifications = startNotificationLoop();
    log(`ready on http://localhost:${port} (${dev ? "development" : "production"})`);

    await new Promise<void>((resolve) => {
      const stop = () => {
        server.close(() => resolve());
        server.closeAllConnections();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    stopMail();
    await stopChecks();
    await stopJobs();
    stopNotifications();
    await app.close();
  } finally {
    await database.stop();
  }
});
