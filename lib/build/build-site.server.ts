// The production build: islands (esbuild), then Next.js, then the static documents lose the
// framework runtime. Used by `npm run build` and by `npm start` when the sources changed.
import { spawn } from "node:child_process";
import { childEnv } from "@/lib/env.server";
import { readEnv } from "@/lib/env.server";
import { buildFingerprint, recordBuild } from "./fingerprint.server";
import { buildIslands } from "./islands.server";
import { stripStaticDocuments } from "./static-documents.server";

/**
 * Builds and stamps the build with its fingerprint (taken before building, as given or computed).
 * `next build` inherits this process's environment, so the settings it bakes in are the ones fingerprinted.
 */
export async function buildSite(root: string, log: (line: string) => void, fingerprint?: string): Promise<void> {
  const sources = fingerprint ?? (await buildFingerprint(root, readEnv()));
  const islands = await buildIslands(root, { dev: false });
  log(`islands: ${islands.site}, ${islands.demoWorker}`);
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
      cwd: root,
      stdio: "inherit",
      env: childEnv({ NODE_ENV: "production" }),
    });
    child.on("exit", resolve);
  });
  if (code !== 0) throw new Error(`next build failed (exit ${code}); see the output above.`);
  const documents = await stripStaticDocuments(root);
  log(`static documents without the framework runtime: ${documents.length} (${documents.join(", ")})`);
  await recordBuild(root, sources);
}
