// npm start rebuilds when the sources changed, and when the site's URL changed: prerendered pages
// carry it in canonical URLs, feed links and social cards.
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildFingerprint, checkBuild, recordBuild } from "@/lib/build/fingerprint.server";
import { readEnv } from "@/lib/env.server";

let root: string;
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "lmh-fingerprint-"));
  await mkdir(path.join(root, "app"));
  await writeFile(path.join(root, "app", "page.tsx"), "a");
});
afterAll(() => rm(root, { recursive: true, force: true }));

const onPort = (port: string) => readEnv({ PORT: port });
const atUrl = (url: string) => readEnv({ NEXTAUTH_URL: url });

describe("build fingerprint", () => {
  it("changes when a source file changes and only then", async () => {
    const one = await buildFingerprint(root, onPort("3000"));
    expect(await buildFingerprint(root, onPort("3000"))).toBe(one);
    await writeFile(path.join(root, "app", "page.tsx"), "b");
    expect(await buildFingerprint(root, onPort("3000"))).not.toBe(one);
  });

  it("changes with the site's origin: NEXTAUTH_URL, or the port without it; not with a path or a setting read per request", async () => {
    const base = await buildFingerprint(root, atUrl("https://hub.example"));
    expect(await buildFingerprint(root, atUrl("https://hub.example/some/path"))).toBe(base);
    expect(await buildFingerprint(root, readEnv({ NEXTAUTH_URL: "https://hub.example", PORT: "4000", NEXTAUTH_SECRET: "x".repeat(40) }))).toBe(base);
    expect(await buildFingerprint(root, atUrl("https://other.example"))).not.toBe(base);
    expect(await buildFingerprint(root, atUrl("http://hub.example"))).not.toBe(base);
    expect(await buildFingerprint(root, onPort("3000"))).not.toBe(await buildFingerprint(root, onPort("3001")));
    // Without NEXTAUTH_URL the origin is the local port's, as the launcher's default says.
    expect(await buildFingerprint(root, onPort("3001"))).toBe(await buildFingerprint(root, atUrl("http://localhost:3001")));
  });

  it("start's decision: a build recorded for one URL is current for it, and stale for another port or URL", async () => {
    const env = atUrl("http://localhost:3000");
    expect((await checkBuild(root, env)).current).toBe(false); // nothing built yet
    await mkdir(path.join(root, ".next"), { recursive: true });
    await writeFile(path.join(root, ".next", "BUILD_ID"), "x");
    await recordBuild(root, (await checkBuild(root, env)).fingerprint);

    expect((await checkBuild(root, env)).current).toBe(true);
    expect((await checkBuild(root, atUrl("http://localhost:3001"))).current).toBe(false);
    expect((await checkBuild(root, atUrl("https://hub.example"))).current).toBe(false);
  });
});
