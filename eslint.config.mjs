// ESLint 9 flat config: Next.js's rules (core web vitals, React, React hooks), typescript-eslint's
// recommended rules and jsx-a11y's recommended accessibility rules. `npm run lint` fails on
// warnings too, so every finding is fixed or has its reason written beside it.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import jsxA11y from "eslint-plugin-jsx-a11y";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    files: ["**/*.{jsx,tsx}"],
    rules: {
      // eslint-config-next registers the jsx-a11y plugin but turns on only six of its rules.
      ...jsxA11y.flatConfigs.recommended.rules,
      // A region that scrolls sideways (code, wide tables) must take focus so a keyboard can
      // scroll it (axe: scrollable-region-focusable); such regions carry role="region" and a name.
      "jsx-a11y/no-noninteractive-tabindex": ["error", { tags: [], roles: ["tabpanel", "region"], allowExpressionValues: true }],
    },
  },
  {
    // z comes configured from lib/zod.ts (no code generation, which the CSP forbids); types may
    // still be imported from "zod" itself.
    ignores: ["lib/zod.ts"],
    rules: {
      "@typescript-eslint/no-restricted-imports": ["error", { paths: [{ name: "zod", message: 'Import { z } from "@/lib/zod".', allowTypeImports: true }] }],
    },
  },
  globalIgnores(["lib/generated/**", "public/**", "test-results/**", "playwright-report/**", "coverage/**", "bench/results/**", ".data/**"]),
]);
