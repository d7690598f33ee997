import { defineConfig } from "vitest/config";
import path from "node:path";

const root = import.meta.dirname;
const shared = {
  resolve: { alias: { "@": root, "server-only": path.join(root, "tests/support/server-only-stub.ts") } },
};

export default defineConfig({
  ...shared,
  test: {
    // Science tests train small networks; integration tests start databases and processes.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: "forks",
    projects: [
      { ...shared, test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", testTimeout: 120_000, hookTimeout: 120_000 } },
      {
        ...shared,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          // The embedded database serves one connection at a time: one test file at a time.
          fileParallelism: false,
          globalSetup: ["tests/support/vitest-database.ts"],
          setupFiles: ["tests/support/vitest-database-env.ts"],
          testTimeout: 120_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
