// How npm test picks the end-to-end tests' Chromium, on imagined machines.
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { chooseTestBrowser, MISSING_BROWSER, type BrowserProbe } from "@/tests/support/chromium";

const OWN = "/home/reader/.cache/ms-playwright/chromium-1/chrome-linux64/chrome";

/** A machine with these files, where installing Playwright's Chromium does `installs` (adds OWN, or fails). */
function machine(files: string[], { env = {}, installs = false }: { env?: Record<string, string>; installs?: boolean } = {}) {
  const present = new Set(files);
  const install = vi.fn(async () => {
    if (installs) present.add(OWN);
    return installs;
  });
  const probe: BrowserProbe = { env, exists: (f) => present.has(f), playwrightChromium: () => OWN, install };
  return { probe, install };
}

describe("choosing the test browser", () => {
  it("takes CHROMIUM_PATH first", async () => {
    const { probe, install } = machine(["/opt/chrome/chrome", "/usr/bin/chromium", OWN], { env: { CHROMIUM_PATH: "/opt/chrome/chrome" } });
    expect(await chooseTestBrowser(probe)).toEqual({ kind: "system", path: "/opt/chrome/chrome" });
    expect(install).not.toHaveBeenCalled();
  });

  it("stops with one line when CHROMIUM_PATH names a missing file, rather than quietly using another browser", async () => {
    const { probe } = machine(["/usr/bin/chromium"], { env: { CHROMIUM_PATH: "/opt/nothing" } });
    const choice = await chooseTestBrowser(probe);
    expect(choice).toMatchObject({ kind: "none" });
    expect(choice.kind === "none" && choice.message).toMatch(/^✖ CHROMIUM_PATH: \/opt\/nothing does not exist[^\n]*$/);
  });

  it("finds Debian's Chromium, then other install locations, then a browser on PATH", async () => {
    expect(await chooseTestBrowser(machine(["/usr/bin/chromium", OWN]).probe)).toEqual({ kind: "system", path: "/usr/bin/chromium" });
    expect(await chooseTestBrowser(machine(["/usr/bin/google-chrome-stable"]).probe)).toEqual({ kind: "system", path: "/usr/bin/google-chrome-stable" });
    const onPath = path.join("/opt/local/bin", "chromium");
    const env = { PATH: ["/usr/local/bin", "/opt/local/bin"].join(path.delimiter) };
    expect(await chooseTestBrowser(machine([onPath], { env }).probe)).toEqual({ kind: "system", path: onPath });
  });

  it("uses Playwright's own Chromium when it is installed and there is no system browser", async () => {
    const { probe, install } = machine([OWN]);
    expect(await chooseTestBrowser(probe)).toEqual({ kind: "playwright", path: OWN });
    expect(install).not.toHaveBeenCalled();
  });

  it("installs Playwright's own Chromium when there is no browser at all", async () => {
    const { probe, install } = machine([], { installs: true });
    expect(await chooseTestBrowser(probe)).toEqual({ kind: "playwright", path: OWN });
    expect(install).toHaveBeenCalledTimes(1);
  });

  it("stops with one line naming what to install when the install fails (no network)", async () => {
    const { probe, install } = machine([], { installs: false });
    expect(await chooseTestBrowser(probe)).toEqual({ kind: "none", message: MISSING_BROWSER });
    expect(install).toHaveBeenCalledTimes(1);
    expect(MISSING_BROWSER).not.toContain("\n");
    expect(MISSING_BROWSER).toMatch(/apt-get install chromium/);
    expect(MISSING_BROWSER).toMatch(/npx playwright install chromium/);
  });
});
