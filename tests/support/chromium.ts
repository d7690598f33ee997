// Prefer the system Chromium (Debian's, where Playwright's download is impossible); otherwise
// let Playwright use its own browser.
import { existsSync } from "node:fs";

export function chromiumExecutable(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
  return candidates.find((p): p is string => !!p && existsSync(p));
}
