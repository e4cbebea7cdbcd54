import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";

/**
 * Every test fails on an unexpected console error or uncaught page error, so a page that
 * renders but logs a hydration or runtime error does not pass quietly.
 */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        if (msg.type() === "error") errors.push(msg.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      // Expected refusals (404 pages, rejected input, a wrong password, a save conflict) are logged by the browser, not by the app.
      const unexpected = errors.filter((e) => !/Failed to load resource: the server responded with a status of (400|401|404|409)\b/.test(e));
      expect(unexpected, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** axe-core must find no serious or critical WCAG 2.1 A/AA violation. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    "serious or critical accessibility violations",
  ).toEqual([]);
}

/** Saves a full-page screenshot as a test artifact (test-results/screenshots), never committed. */
export async function saveScreenshot(page: Page, name: string) {
  for (const [label, width] of [["phone", 360], ["desktop", 1280]] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `test-results/screenshots/${name}-${label}.png`, fullPage: true });
  }
}
