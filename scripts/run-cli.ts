// Shared exit path for scripts: a ConfigError is the operator's to fix, so it is printed as
// one line naming the setting, without a stack trace.
import { ConfigError } from "@/lib/config-error";

export function runCli(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      if (error instanceof ConfigError) console.error(`✖ ${error.message}`);
      else console.error(error);
      process.exit(1);
    },
  );
}
