import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:stress`: the long tests (`*.stress.test.ts`): fuzzing, load, faults,
 * durability, concurrency. Each prints its figures. One file at a time: they measure.
 */
export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname) },
  },
  test: {
    include: ["{lib,db,server,app,scripts}/**/*.stress.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 15 * 60_000,
    hookTimeout: 10 * 60_000,
    setupFiles: ["./vitest.setup.ts"],
    server: { deps: { inline: ["server-only"] } },
  },
});
