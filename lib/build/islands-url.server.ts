import { readFileSync } from "node:fs";
import path from "node:path";
import { readEnv } from "@/lib/env.server";
import type { IslandsManifest } from "./islands-manifest";

/** The islands manifest written by the build (npm run build or npm start), or by npm run dev in development. */
export function islandsManifest(root = process.cwd(), dev = readEnv().NODE_ENV === "development"): IslandsManifest {
  // Literal segments, so the bundler traces only these files (islandsLocation and MANIFEST_FILE in islands-manifest.ts).
  const file = dev ? path.join(root, "public", "islands-dev", "manifest.json") : path.join(root, "public", "islands", "manifest.json");
  try {
    return JSON.parse(readFileSync(file, "utf8")) as IslandsManifest;
  } catch {
    throw new Error(`${path.relative(root, file)} is missing: build the islands first (npm run build, npm start or npm run dev).`);
  }
}
