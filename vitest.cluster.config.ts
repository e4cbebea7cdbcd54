import path from "node:path";
import { defineConfig } from "vitest/config";

/**
 * `npm run test:cluster`: two production instances on one PostgreSQL and one Redis
 * (`*.cluster.test.ts`). Needs TEST_DATABASE_URL and TEST_REDIS_URL; `.ci/run` sets both.
 */
export default defineConfig({
  resolve: {
    alias: { "@": path.resolve(import.meta.dirname) },
  },
  test: {
    include: ["scripts/**/*.cluster.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 5 * 60_000,
    hookTimeout: 20 * 60_000,
    server: { deps: { inline: ["server-only"] } },
  },
});
