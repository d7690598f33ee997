// npm run dev and a production server can run side by side: development bundles go to their own
// folder, and each server reads its own manifest.
import { cp, mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildIslands } from "@/lib/build/islands.server";
import { islandsManifest } from "@/lib/build/islands-url.server";

const project = path.resolve(import.meta.dirname, "../../..");
let root: string;
const production = { site: "/islands/site-PROD.js", demoWorker: "/islands/demo.worker-PROD.js" };

// A copy of the sources the islands are built from, with production bundles already in place.
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "lmh-islands-"));
  await cp(path.join(project, "components"), path.join(root, "components"), { recursive: true });
  await cp(path.join(project, "lib"), path.join(root, "lib"), { recursive: true, filter: (src) => !src.includes(`${path.sep}generated`) });
  await cp(path.join(project, "tsconfig.json"), path.join(root, "tsconfig.json"));
  await symlink(path.join(project, "node_modules"), path.join(root, "node_modules"));
  await mkdir(path.join(root, "public", "islands"), { recursive: true });
  await writeFile(path.join(root, "public", "islands", "manifest.json"), JSON.stringify(production));
  await writeFile(path.join(root, "public", "islands", "site-PROD.js"), "// served by a production server");
});
afterAll(() => rm(root, { recursive: true, force: true }));

describe("islands", () => {
  it("a development build writes to public/islands-dev and leaves the production bundles alone", async () => {
    const dev = await buildIslands(root, { dev: true });
    expect(dev.site).toBe("/islands-dev/site.js");
    expect(dev.demoWorker).toBe("/islands-dev/demo.worker.js");
    expect(await readdir(path.join(root, "public", "islands-dev"))).toEqual(expect.arrayContaining(["site.js", "demo.worker.js", "manifest.json"]));
    expect(await readFile(path.join(root, "public", "islands", "site-PROD.js"), "utf8")).toBe("// served by a production server");

    expect(islandsManifest(root, true)).toEqual(dev);
    expect(islandsManifest(root, false)).toEqual(production);
  });
});
