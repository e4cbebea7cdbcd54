import type { Page } from "@playwright/test";
import { expect, expectAccessible, saveScreenshot, test } from "./fixtures";

const slug = "2021-syria-border-strikes";

/** The smallest text on the canvas as the reader sees it: its font size times the zoom. */
async function smallestText(page: Page) {
  return page.getByTestId("map-canvas").evaluate((canvas) => {
    const viewport = canvas.querySelector<HTMLElement>(".react-flow__viewport")!;
    const zoom = new DOMMatrixReadOnly(getComputedStyle(viewport).transform).a;
    const sizes = [...canvas.querySelectorAll<HTMLElement>(".react-flow__node-box *")]
      .filter((el) => [...el.childNodes].some((c) => c.nodeType === Node.TEXT_NODE && c.textContent!.trim()))
      .map((el) => parseFloat(getComputedStyle(el).fontSize) * zoom);
    return { zoom, smallest: Math.min(...sizes), count: sizes.length };
  });
}

const boxes = (page: Page) => page.getByTestId("map-canvas").locator(".react-flow__node-box");

test("the overview lays the debate out by clash and position, legibly, and a filter narrows it", async ({ page }) => {
  await page.goto(`/cases/${slug}`);
  await page.getByRole("link", { name: "Argument map" }).click();
  await expect(page).toHaveURL(/\/map$/);
  const canvas = page.getByTestId("map-canvas");
  await expect(canvas).toHaveAttribute("data-mode", "overview");
  await expect(boxes(page).first()).toBeVisible();
  // 7 positions, 6 questions, and every argument in each clash that holds it.
  expect(await boxes(page).count()).toBeGreaterThanOrEqual(7 + 6 + 29);
  await expect(canvas.getByText("Question 1", { exact: true })).toBeVisible();
  const text = await smallestText(page);
  expect(text.count).toBeGreaterThan(50);
  expect(text.smallest).toBeGreaterThanOrEqual(12);
  await expectAccessible(page);
  await saveScreenshot(page, "map");

  await page.getByLabel("Rests on the law").selectOption("wpr-1543a");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/source=wpr-1543a/);
  // One argument, held by two clashes: placed in both rows.
  await expect(boxes(page).filter({ hasText: "reporting requirement" })).toHaveCount(2);
  await expect(page.getByRole("status")).toHaveText(/^1 argument, 0 relations/);
});

test("selecting an argument shows its neighbourhood, kept in the address, with a way back", async ({ page }) => {
  await page.goto(`/cases/${slug}/map?source=wpr-1543a`);
  await boxes(page).filter({ hasText: "reporting requirement" }).first().click();
  await expect(page).toHaveURL(/focus=a-report-consistent-with-wpr/);
  await expect(page).toHaveURL(/source=wpr-1543a/);
  const canvas = page.getByTestId("map-canvas");
  await expect(canvas).toHaveAttribute("data-mode", "focus");
  // What it cites, and what it answers, around it.
  await expect(canvas.locator(".react-flow__node-box", { hasText: "50 U.S.C. § 1543(a)" })).toBeVisible();
  await expect(canvas.locator(".react-flow__node-box", { hasText: "Legal source" }).first()).toBeVisible();
  await expect(canvas.locator(".react-flow__edge")).not.toHaveCount(0);
  const panel = page.getByRole("complementary", { name: "Selected node" });
  await expect(panel.getByText("50 U.S.C. § 1543(a)")).toBeVisible();
  expect((await smallestText(page)).smallest).toBeGreaterThanOrEqual(12);
  await expectAccessible(page);
  await saveScreenshot(page, "map-focus");

  // Reload: the address alone brings the same focus back.
  await page.reload();
  await expect(canvas).toHaveAttribute("data-mode", "focus");
  await page.getByRole("link", { name: "← Back to the overview" }).click();
  await expect(page).toHaveURL(/\/map\?source=wpr-1543a$/);
  await expect(canvas).toHaveAttribute("data-mode", "overview");

  await page.goto(`/cases/${slug}/map?focus=a-report-consistent-with-wpr`);
  await page
    .getByRole("complementary", { name: "Selected node" })
    .getByRole("link", { name: "Open the argument" })
    .click();
  await expect(page).toHaveURL(/\/arguments\/a-report-consistent-with-wpr$/);
});

test("a focus on nothing says so and shows the overview", async ({ page }) => {
  await page.goto(`/cases/${slug}/map?focus=no-such-argument`);
  await expect(page.getByRole("navigation", { name: "Map focus" }).getByRole("alert")).toContainText(
    "no-such-argument",
  );
  await expect(page.getByTestId("map-canvas")).toHaveAttribute("data-mode", "overview");
});

test("on a phone the map opens legible, in focus too", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`/cases/${slug}/map`);
  await expect(boxes(page).first()).toBeVisible();
  expect((await smallestText(page)).smallest).toBeGreaterThanOrEqual(12);
  await page.goto(`/cases/${slug}/map?focus=a-declare-war-clause-congress-decides`);
  await expect(page.getByTestId("map-canvas")).toHaveAttribute("data-mode", "focus");
  expect((await smallestText(page)).smallest).toBeGreaterThanOrEqual(12);
  // The argument in focus opens in the canvas's view.
  const centre = page.locator('.react-flow__node[aria-label^="Argument in focus"]');
  await expect(centre).toBeVisible();
  const [canvas, box] = [await page.getByTestId("map-canvas").boundingBox(), await centre.boundingBox()];
  expect(box!.x).toBeLessThan(canvas!.x + canvas!.width);
  expect(box!.x + box!.width).toBeGreaterThan(canvas!.x);
  expect(box!.y).toBeLessThan(canvas!.y + canvas!.height);
  expect(box!.y + box!.height).toBeGreaterThan(canvas!.y);
  await saveScreenshot(page, "map-phone-focus");
});

test("keyboard: Tab reaches the map's boxes and Enter opens an argument's neighbourhood", async ({ page }) => {
  await page.goto(`/cases/${slug}/map`);
  const first = page.locator('.react-flow__node[aria-label^="Argument"]').first();
  await expect(first).toBeVisible();
  await first.focus();
  await expect(first).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/focus=/);
  await expect(page.getByTestId("map-canvas")).toHaveAttribute("data-mode", "focus");
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
