// Which Chromium the end-to-end tests (and the browser benchmarks) drive. A system browser comes
// first: CHROMIUM_PATH, then the usual install locations and names on PATH (Debian's Chromium is
// the only one on machines where Playwright's download is impossible). Otherwise Playwright's
// own; `npm test` installs that when it is missing, and stops with one line naming what to
// install when it cannot.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

const KNOWN_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
  "/Applications/Chromium.app/Contents/MacOS/Chromium",
  "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
];
const NAMES_ON_PATH = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

export interface BrowserProbe {
  env: Record<string, string | undefined>;
  exists(file: string): boolean;
  /** Where Playwright keeps its own Chromium, installed or not. */
  playwrightChromium(): string;
  /** Installs Playwright's own Chromium; resolves whether that worked. */
  install(): Promise<boolean>;
}

export type BrowserChoice =
  | { kind: "system"; path: string }
  | { kind: "playwright"; path: string }
  | { kind: "none"; message: string };

export function systemChromium({ env, exists }: Pick<BrowserProbe, "env" | "exists">): string | undefined {
  const onPath = (env.PATH ?? "").split(path.delimiter).filter(Boolean).flatMap((dir) => NAMES_ON_PATH.map((name) => path.join(dir, name)));
  return [env.CHROMIUM_PATH, ...KNOWN_PATHS, ...onPath].find((p): p is string => !!p && exists(p));
}

export const MISSING_BROWSER =
  "✖ The end-to-end tests need Chromium: install it (Debian/Ubuntu: apt-get install chromium) and rerun, or set CHROMIUM_PATH to a Chrome or Chromium binary, or run `npx playwright install chromium` where the network allows it.";

export async function chooseTestBrowser(probe: BrowserProbe): Promise<BrowserChoice> {
  const { CHROMIUM_PATH } = probe.env;
  if (CHROMIUM_PATH && !probe.exists(CHROMIUM_PATH)) return { kind: "none", message: `✖ CHROMIUM_PATH: ${CHROMIUM_PATH} does not exist; point it at a Chrome or Chromium binary, or unset it.` };
  const system = systemChromium(probe);
  if (system) return { kind: "system", path: system };
  const own = probe.playwrightChromium();
  if (probe.exists(own) || ((await probe.install()) && probe.exists(own))) return { kind: "playwright", path: own };
  return { kind: "none", message: MISSING_BROWSER };
}

/** The system Chromium of this machine, or undefined to let Playwright use its own. */
export function chromiumExecutable(): string | undefined {
  return systemChromium({ env: process.env, exists: existsSync });
}

/** The probe of this machine: real files, Playwright's own paths and installer. */
export async function machineBrowserProbe(root: string): Promise<BrowserProbe> {
  const { chromium } = await import("@playwright/test");
  return {
    env: process.env,
    exists: existsSync,
    playwrightChromium: () => chromium.executablePath(),
    // The installer's own output is held back: when it fails (no network), MISSING_BROWSER says
    // all the reader needs in one line.
    install: () =>
      new Promise((resolve) => {
        console.log("[test] no Chromium found: installing Playwright's own (npx playwright install chromium)…");
        const child = spawn(process.execPath, [path.join(root, "node_modules/@playwright/test/cli.js"), "install", "chromium"], { cwd: root, stdio: "ignore" });
        child.on("error", () => resolve(false));
        child.on("exit", (code) => resolve(code === 0));
      }),
  };
}
