import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, expectAccessible, saveScreenshot, signInHere, test } from "./fixtures";

const slug = "2021-syria-border-strikes";

/** The first column's heading on a student's page. */
const firstColumn = (s: Page) =>
  s.getByRole("region", { name: "The positions" }).getByRole("heading", { level: 3 }).first();

/**
 * The side a student's page says they argue, once its column is first: the page learns the
 * side when the browser has joined, and then renders again with that column first.
 */
async function ownSideFirst(s: Page) {
  const side = (await s
    .getByTestId("my-side")
    .getByText(/^You argue for /)
    .textContent())!.replace("You argue for ", "");
  await expect(firstColumn(s)).toHaveText(side);
  return side;
}

test("students argue assigned sides; the teacher approves, swaps sides, removes, exports and prints", async ({
  page,
  browser,
}) => {
  // A teacher and two students, each page polled: more than the default on a busy machine.
  test.setTimeout(180_000);
  await page.goto(
    `/admin/login?next=${encodeURIComponent(`/admin/lessons/new?case=${slug}&positions=p-kaine-unconstitutional,p-white-house-article-ii&order=6`)}`,
  );
  await signInHere(page);
  await expect(page).toHaveURL(/\/admin\/lessons\/new\?/);
  await page.getByLabel("Title").fill("Period 6: argue it out");
  await page.getByRole("radio", { name: "Sides assigned evenly as students join" }).check();
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page).toHaveURL(/\/admin\/lessons\/[A-Z2-9]{6}$/);
  const code = (await page.getByTestId("lesson-code").textContent())!.trim();

  const [ctxA, ctxB] = [await browser.newContext(), await browser.newContext()];
  const [a, b] = [await ctxA.newPage(), await ctxB.newPage()];
  await a.goto(`/lesson/${code}`);
  await expect(a.getByTestId("my-side")).toContainText("You argue for");
  await b.goto(`/lesson/${code}`);
  await expect(b.getByTestId("my-side")).toContainText("You argue for");
  // Each student sees their own side's column first, and the two were given different sides.
  const before = { a: await ownSideFirst(a), b: await ownSideFirst(b) };
  expect(before.a).not.toBe(before.b);
  await expect(page.getByTestId("side-counts")).toContainText("2 students: 1 for", { timeout: 15_000 });

  // Ada writes an argument for her side on the first question; it waits for the teacher.
  const adaClaim = "Briefing four leaders is not the authorization the Constitution asks for.";
  await a.getByRole("button", { name: "Add an argument or a rebuttal on this question" }).first().click();
  const form = a.locator("form").filter({ hasText: "Your contribution on:" });
  await form.getByLabel("Your name, as the class will see it").fill("Ada");
  await form.getByLabel("Your argument, in a sentence").fill(adaClaim);
  await form.getByLabel(/^Why \(optional\)/).fill("Article I gives Congress the power to declare war.");
  await form.getByRole("button", { name: "Send to your teacher" }).click();
  await expect(form.getByRole("status")).toContainText("Sent.");
  const mine = a.getByRole("region", { name: "What you wrote" });
  await expect(mine.getByText(adaClaim)).toBeVisible();
  await expect(mine.getByText("Waiting for your teacher")).toBeVisible();
  await expectAccessible(a);

  // The teacher sees it waiting and approves it; Ben's page shows it without a reload.
  const waiting = page.getByTestId("teacher-contribution").filter({ hasText: adaClaim });
  await expect(waiting).toBeVisible({ timeout: 15_000 });
  await expect(waiting).toContainText("Waiting");
  await waiting.getByRole("button", { name: "Approve" }).click();
  await expect(b.getByText(adaClaim)).toBeVisible({ timeout: 30_000 });

  // Ben rebuts it from his side.
  const benClaim = "The strike answered a campaign of attacks on U.S. forces, which Article II covers.";
  await b.getByTestId("contribution").filter({ hasText: adaClaim }).getByRole("button", { name: "Rebut this" }).click();
  const reply = b.locator("form").filter({ hasText: "Your contribution on:" });
  await expect(reply.getByLabel("What you write")).toHaveValue(/^contribution:/);
  await reply.getByLabel("Your name, as the class will see it").fill("Ben");
  await reply.getByLabel("Your rebuttal, in a sentence").fill(benClaim);
  await reply.getByRole("button", { name: "Send to your teacher" }).click();
  await expect(reply.getByRole("status")).toContainText("Sent.");
  const rebuttal = page.getByTestId("teacher-contribution").filter({ hasText: benClaim });
  await expect(rebuttal).toBeVisible({ timeout: 15_000 });
  await expect(rebuttal).toContainText(`Rebuts: “${adaClaim}”`);
  await rebuttal.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("button", { name: "Approved (2)" })).toBeVisible({ timeout: 15_000 });
  await expectAccessible(page);
  await saveScreenshot(page, "lesson-teacher-classroom");

  // Halfway through, the teacher swaps sides: each student's page follows, their new side first.
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Swap sides" }).click();
  await expect(page.getByTestId("side-counts")).toContainText("swapped 1 time");
  await expect(a.getByTestId("my-side")).toContainText(`You argue for ${before.b}`, { timeout: 30_000 });
  await expect(firstColumn(a)).toHaveText(before.b);
  await saveScreenshot(b, "lesson-student-argue");

  // The teacher removes Ada's argument: the next page a student opens no longer has it.
  await page.getByRole("button", { name: /^Approved/ }).click();
  await page
    .getByTestId("teacher-contribution")
    .filter({ has: page.getByText(adaClaim, { exact: true }) })
    .getByRole("button", { name: "Remove" })
    .click();
  await expect(page.getByRole("button", { name: "Removed (1)" })).toBeVisible({ timeout: 15_000 });
  await b.reload();
  await expect(
    b.getByRole("region", { name: "What students argue on this question" }).first().getByText(benClaim),
  ).toBeVisible();
  await expect(b.getByRole("main").getByText(adaClaim)).toHaveCount(0);
  await a.reload();
  await expect(a.getByRole("region", { name: "What you wrote" }).getByText("Removed by your teacher")).toBeVisible();

  // Everything as CSV, and a printable summary with what the class saw.
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download everything (CSV)" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`lesson-${code}.csv`);
  const csv = await readFile((await file.path())!, "utf8");
  expect(csv.startsWith("\uFEFFrecord,question,position")).toBe(true);
  expect(csv).toContain(",Ada,argument,removed,");
  expect(csv).toContain(",Ben,rebuttal,approved,");

  await page.getByRole("link", { name: "Printable summary" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/lessons/${code}/summary$`));
  // Role queries see only what is shown: the router keeps the page it left mounted, hidden, for going back.
  const summary = page.getByRole("article").filter({ hasText: `Lesson ${code} · summary` });
  await expect(summary.getByRole("heading", { level: 1, name: "Period 6: argue it out" })).toBeVisible();
  await expect(summary.getByText(benClaim)).toBeVisible();
  await expect(summary.getByText(adaClaim)).toHaveCount(1); // only as what Ben rebuts
  await expect(summary.getByRole("region", { name: /^Sides/ })).toContainText("Ada");
  await expectAccessible(page);
  await saveScreenshot(page, "lesson-summary");
  await ctxA.close();
  await ctxB.close();
});
