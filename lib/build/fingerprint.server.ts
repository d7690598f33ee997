// `npm start` builds only when something the production build depends on changed since the last
// build: every input file's path and content, and the settings that prerendering freezes into
// pages. The fingerprint is stored beside the build.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { siteOrigin, type Env } from "@/lib/env.server";
import { islandsLocation } from "./islands-manifest";

// package.json and the .env files count too: Next.js reads them while building.
const inputs = [
  "app",
  "components",
  "content",
  "lib",
  "public",
  "prisma/schema.prisma",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  ".env",
  ".env.local",
  ".env.production",
  ".env.production.local",
];
const skip = new Set(["node_modules", ".next", ".data", "generated"]);
// Build outputs that live among the inputs.
const skipPaths = new Set([false, true].map((dev) => path.normalize(islandsLocation(dev).dir)));

async function* files(root: string, entry: string): AsyncGenerator<string> {
  if (!existsSync(entry)) return;
  const dirents = await readdir(entry, { withFileTypes: true }).catch(() => null);
  if (!dirents) {
    yield entry;
    return;
  }
  for (const d of dirents.sort((a, b) => a.name.localeCompare(b.name))) {
    const p = path.join(entry, d.name);
    if (skip.has(d.name) || skipPaths.has(path.relative(root, p))) continue;
    if (d.isDirectory()) yield* files(root, p);
    else yield p;
  }
}

/**
 * Settings that pages read while `next build` prerenders them, so the build keeps them until it is
 * rebuilt: the site's origin (NEXTAUTH_URL, or the local port without it) is in every canonical
 * URL, feed link and social card. Settings read per request (database, secrets, OAuth) are not here.
 */
export function bakedSettings(env: Env): Record<string, string> {
  return { siteOrigin: siteOrigin(env) };
}

export async function buildFingerprint(root: string, env: Env): Promise<string> {
  const hash = createHash("sha256");
  for (const input of inputs) {
    for await (const file of files(root, path.join(root, input))) {
      hash.update(path.relative(root, file)).update("\0").update(await readFile(file)).update("\0");
    }
  }
  hash.update(JSON.stringify(bakedSettings(env)));
  return hash.digest("hex");
}

const stampPath = (root: string) => path.join(root, ".next", "lmh-source-fingerprint");

/** Whether .next holds a finished build made from these sources with these settings; and the fingerprint to record otherwise. */
export async function checkBuild(root: string, env: Env): Promise<{ current: boolean; fingerprint: string }> {
  const fingerprint = await buildFingerprint(root, env);
  const built = existsSync(path.join(root, ".next", "BUILD_ID")) && (await readFile(stampPath(root), "utf8").catch(() => "")) === fingerprint;
  return { current: built, fingerprint };
}

export function recordBuild(root: string, fingerprint: string): Promise<void> {
  return writeFile(stampPath(root), fingerprint);
}
