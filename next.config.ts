import type { NextConfig } from "next";

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Types are checked by `npm run typecheck` (TypeScript 7, a counted step of npm test); Next's own
  // check during the build would run the slower TypeScript 6 that the linter needs installed.
  typescript: { ignoreBuildErrors: true },
  // `forbidden()` renders app/forbidden.tsx with a real 403 status.
  experimental: { authInterrupts: true },
  // Native and WASM packages load from node_modules at run time instead of being bundled.
  serverExternalPackages: ["@node-rs/argon2", "@electric-sql/pglite", "@electric-sql/pglite-socket", "@tensorflow/tfjs-backend-wasm", "esbuild"],
};

export default config;
