// Where the embedded database and the generated auth secret live. Only launchers and scripts
// use it: the web app itself never touches the data folder directly.
import path from "node:path";
import type { Env } from "./env.server";

export function dataDir(env: Env): string {
  return path.resolve(env.DATA_DIR ?? ".data");
}
