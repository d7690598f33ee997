// A second process opening the same PGlite folder would corrupt it, so the folder carries a
// pid file while open; a stale file (its process gone) is taken over.
import { open, readFile, unlink } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "../config-error";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

export async function acquireFolderLock(dir: string): Promise<() => Promise<void>> {
  const lockPath = path.join(dir, "lmh.pid");
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const handle = await open(lockPath, "wx");
      await handle.writeFile(String(process.pid));
      await handle.close();
      return async () => {
        await unlink(lockPath).catch(() => {});
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number((await readFile(lockPath, "utf8").catch(() => "")).trim());
      if (holder && holder !== process.pid && alive(holder)) {
        throw new ConfigError(
          "DATA_DIR",
          `the embedded database folder ${dir} is in use by process ${holder}. Stop that process, or point DATA_DIR at another folder.`,
        );
      }
      await unlink(lockPath).catch(() => {});
    }
  }
  throw new ConfigError("DATA_DIR", `could not lock ${dir}; check that the folder is writable.`);
}
