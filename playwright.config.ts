import { existsSync } from "node:fs";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { E2E_ADMIN } from "./e2e/credentials";

const port = Number(process.env.E2E_PORT || 3100);
const baseURL = `http://127.0.0.1:${port}`;

/** Debian's Chromium where present (no browser download needed), else Playwright's own. */
const executablePath =
  process.env.PLAYWRIGHT_CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results/e2e",
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: path.join("test-results", "reports", "playwright.json") }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  // The real commands on an empty embedded database: create the first admin with the
  // admin:create script (PGlite is single-process, so before the server starts), then
  // `npm start` (build if needed, migrate, seed, serve).
  webServer: {
    command: `rm -rf .data/e2e && printf '%s\\n' "$E2E_ADMIN_PASSWORD" | tsx scripts/admin-create.ts --email ${E2E_ADMIN.email} --name "E2E Admin" && tsx scripts/start.ts`,
    url: `${baseURL}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    stderr: "pipe",
    env: {
      PORT: String(port),
      PGLITE_DIR: ".data/e2e/pglite",
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      E2E_ADMIN_PASSWORD: E2E_ADMIN.password,
    },
  },
});
