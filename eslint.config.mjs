import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([".next/**", ".data/**", "drizzle/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-restricted-syntax": [
        "error",
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: "Read configuration through server/env.ts, the one place that validates the environment.",
        },
      ],
    },
  },
  {
    // Pages and components reach data only through tRPC procedures.
    files: ["app/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            { group: ["@/db/*", "@/db"], message: "Call a tRPC procedure instead of importing db/ from app/." },
          ],
        },
      ],
    },
  },
  {
    // The environment module and the tooling configs are the only readers of process.env.
    files: [
      "server/env.ts",
      "instrumentation.ts",
      "*.config.ts",
      "scripts/**",
      "e2e/**",
      "db/testing.ts",
      "server/testing.ts",
      "cache-handlers/**",
    ],
    rules: { "no-restricted-syntax": "off" },
  },
]);
