import "server-only";
import path from "node:path";

/** The content folder. Relative to the working directory, which is the project root for Next, tests and scripts. */
export const contentRoot = path.join(process.cwd(), "content");

/** A path as writers see it in error messages: relative to the project root. */
export function displayPath(absolute: string): string {
  return path.relative(process.cwd(), absolute);
}
