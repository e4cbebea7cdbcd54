import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * A client component ("use client") runs in the browser: from server/, db/ and env.ts it may
 * import types only, which vanish when compiled.
 */
const clientImportsTypesOnly = {
  meta: {
    type: "problem",
    messages: { value: "A client component imports only types from {{source}} (use `import type`)." },
  },
  create(context) {
    let client = false;
    return {
      Program(node) {
        client = node.body.some((s) => s.type === "ExpressionStatement" && s.directive === "use client");
      },
      ImportDeclaration(node) {
        const source = String(node.source.value);
        if (!client || node.importKind === "type" || !/^@\/(server|db)(\/|$)|^@\/env$/.test(source)) return;
        if (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === "type")) return;
        context.report({ node, messageId: "value", data: { source } });
      },
    };
  },
};

export default defineConfig([
  { plugins: { layers: { rules: { "client-imports-types-only": clientImportsTypesOnly } } } },
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
          message: "Read configuration through env.ts, the one place that validates the environment.",
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
      "layers/client-imports-types-only": "error",
    },
  },
  {
    files: ["server/**", "proxy.ts", "instrumentation.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["@/app/*", "**/app/*"], message: "server/ serves app/; it never imports from it." }] },
      ],
    },
  },
  {
    files: ["db/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/server", "@/server/*", "**/server/*", "@/app/*", "**/app/*"],
              message: "db/ sits below server/ and app/: move the code down, or the caller up.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["lib/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: [
                "@/server",
                "@/server/*",
                "@/db",
                "@/db/*",
                "@/app/*",
                "@/env",
                "**/server/*",
                "**/db/*",
                "**/app/*",
                "**/env",
              ],
              message: "lib/ is pure: it imports only lib/ and packages.",
            },
          ],
        },
      ],
    },
  },
  {
    // The environment module and the tooling configs are the only readers of process.env.
    files: [
      "env.ts",
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
