import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { IslandsManifest } from "./islands-manifest";

/** The islands manifest written by the build (scripts/build.ts, or npm start / npm run dev). */
export function islandsManifest(): IslandsManifest {
  // Literal segments, so the bundler traces only this file (ISLANDS_DIR and MANIFEST_FILE in islands-manifest.ts).
  const file = path.join(process.cwd(), "public", "islands", "manifest.json");
  try {
    return JSON.parse(readFileSync(file, "utf8")) as IslandsManifest;
  } catch {
    throw new Error(`${path.relative(process.cwd(), file)} is missing: build the islands first (npm run build, or npm start).`);
  }
}
