import { expect, expectAccessible, saveScreenshot, test } from "./fixtures";

const slug = "2021-syria-border-strikes";

test("the argument map filters by a legal source and opens a node's details", async ({ page }) => {
  await page.goto(`/cases/${slug}`);
  await page.getByRole("link", { name: "Argument map" }).click();
  await expect(page).toHaveURL(/\/map$/);
  const canvas = page.getByTestId("map-canvas");
  await expect(canvas.locator(".react-flow__node").first()).toBeVisible();
  expect(await canvas.locator(".react-flow__node").count()).toBeGreaterThanOrEqual(36);
  await expectAccessible(page);
  await saveScreenshot(page, "map");

  await page.getByLabel("Rests on the law").selectOption("wpr-1543a");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/source=wpr-1543a/);
  await expect(canvas.locator(".react-flow__node")).toHaveCount(2);
  await expect(page.getByRole("status")).toHaveText(/^1 arguments?, 0 relations/);
  await canvas.locator(".react-flow__node", { hasText: "reporting requirement" }).click();
  const panel = page.getByRole("complementary", { name: "Selected node" });
  await expect(panel.getByText("50 U.S.C. § 1543(a)")).toBeVisible();
  await panel.getByRole("link", { name: "Open the argument" }).click();
  await expect(page).toHaveURL(/\/arguments\/a-report-consistent-with-wpr$/);
});

test("the outline view carries the same graph and works by keyboard", async ({ page }) => {
  await page.goto(`/cases/${slug}/map?relation=rebuts`);
  await page.getByRole("link", { name: /Outline view/ }).click();
  await expect(page).toHaveURL(/relation=rebuts&view=outline|view=outline&relation=rebuts/);
  const outline = page.getByRole("navigation", { name: "Outline of the argument map" });
  await expect(outline.getByRole("heading", { level: 2 })).toHaveCount(7);
  await expect(outline.getByText("Rebuts", { exact: true }).first()).toBeVisible();
  await expect(outline.getByText("Supports", { exact: true })).toHaveCount(0);
  await expectAccessible(page);

  const first = outline.getByRole("link").first();
  await first.focus();
  await page.keyboard.press("Tab");
  const focused = await page.evaluate(() => document.activeElement?.getAttribute("href"));
  expect(focused).toMatch(/^\/arguments\//);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`${focused}$`));
});
