import "server-only";
import { readdirSync } from "node:fs";
import path from "node:path";
import { contentRoot } from "./paths.server";

/** Where the problems live: one MDX file per problem, named by its id. */
export const problemsRoot = path.join(contentRoot, "problems");

/** The ids of the problem files in a folder (file names without .mdx), without parsing them. */
export function problemIdsOnDisk(dir: string = problemsRoot): Set<string> {
  return new Set(
    readdirSync(dir)
      .filter((f) => f.endsWith(".mdx"))
      .map((f) => f.slice(0, -".mdx".length)),
  );
}
