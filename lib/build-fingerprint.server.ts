// `npm start` builds only when the sources changed since the last production build: a hash of
// every input file's path and content, stored beside the build.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile, readdir, writeFile } from "node:fs/promises";
import path from "node:path";

const inputs = ["app", "components", "content", "lib", "public", "prisma/schema.prisma", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
const skip = new Set(["node_modules", ".next", ".data", "generated"]);
// Build outputs that live among the inputs.
const skipPaths = new Set([path.join("public", "islands")]);

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

export async function sourceFingerprint(root: string): Promise<string> {
  const hash = createHash("sha256");
  for (const input of inputs) {
    for await (const file of files(root, path.join(root, input))) {
      hash.update(path.relative(root, file)).update("\0").update(await readFile(file)).update("\0");
    }
  }
  return hash.digest("hex");
}

const stampPath = (root: string) => path.join(root, ".next", "lmh-source-fingerprint");

export async function buildIsCurrent(root: string, fingerprint: string): Promise<boolean> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) return false;
  return (await readFile(stampPath(root), "utf8").catch(() => "")) === fingerprint;
}

export function recordBuild(root: string, fingerprint: string): Promise<void> {
  return writeFile(stampPath(root), fingerprint);
}
