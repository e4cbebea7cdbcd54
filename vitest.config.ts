import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname) },
  },
  test: {
    include: ["*.test.ts", "{lib,db,server,app,scripts}/**/*.test.ts"],
    // The long tests run apart, in `npm run test:stress`, and the two-instance test in `npm run test:cluster`.
    exclude: ["**/node_modules/**", "**/*.stress.test.ts", "**/*.cluster.test.ts"],
    environment: "node",
    // Integration files each open their own database; two at a time suits two cores.
    maxWorkers: 2,
    testTimeout: 30_000,
    hookTimeout: 120_000,
    setupFiles: ["./vitest.setup.ts"],
    server: { deps: { inline: ["server-only"] } },
  },
});
