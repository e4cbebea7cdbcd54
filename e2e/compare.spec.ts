import { extractText, getDocumentProxy } from "unpdf";
import { blindClues, cluesIn } from "./blind-clues";
import { expect, expectAccessible, saveScreenshot, signInHere, test } from "./fixtures";

const slug = "2021-syria-border-strikes";

test("a teacher puts positions side by side, changes them, and the address keeps the choice", async ({ page }) => {
  await page.goto(`/cases/${slug}`);
  await page.getByRole("link", { name: "Compare positions" }).click();
  await expect(page).toHaveURL(/\/compare\?positions=p-kaine-unconstitutional%2Cp-white-house-article-ii&order=\d+$/);
  await expect(page.getByRole("heading", { level: 2, name: /Did briefing congressional leaders/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "The same law, read by each side" })).toBeVisible();

  await page.getByText("Change positions").click();
  await page.getByRole("checkbox", { name: "Broad executive power under the OLC test" }).check();
  await page.getByRole("button", { name: "Compare" }).click();
  await expect(page).toHaveURL(
    /positions=p-kaine-unconstitutional%2Cp-white-house-article-ii%2Cp-olc-broad-executive-power&order=\d+/,
  );
  await expect(page.getByRole("link", { name: "Broad executive power under the OLC test" })).toBeVisible();
  const shared = page.getByRole("region", { name: "The same law, read by each side" });
  await expect(shared.getByText("Read differently").first()).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, "compare");

  const url = page.url();
  await page.reload();
  expect(page.url()).toBe(url); // the order seed is part of the address, so a shared link shows the same columns
});

test("blind mode hides who holds each position until revealed", async ({ page }) => {
  await page.goto(`/cases/${slug}/compare?positions=p-kaine-unconstitutional,p-white-house-article-ii&order=11`);
  await expect(page.getByText("Tim Kaine").first()).toBeVisible();
  await page.getByRole("link", { name: "Blind mode" }).click();
  await expect(page).toHaveURL(/blind=1/);
  await expect(page.getByRole("heading", { name: "Position A" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Position B" })).toBeVisible();
  const text = await page.getByRole("main").innerText();
  for (const name of [
    "Tim Kaine",
    "Jen Psaki",
    "Joe Biden",
    "Bernie Sanders",
    "Unconstitutional without congressional",
  ])
    expect(text).not.toContain(name);
  await expectAccessible(page);
  // Not only the visible text: every byte the blind page sends, its HTML and its RSC payload.
  expect(page.url()).toMatch(/positions=\d,\d&/);
  const clues = blindClues(["p-kaine-unconstitutional", "p-white-house-article-ii"]);
  const html = await (await page.request.get(page.url())).text();
  const rsc = await (await page.request.get(page.url(), { headers: { RSC: "1" } })).text();
  expect(html).toContain("Position A");
  expect(rsc).toContain("Position A");
  expect(cluesIn(html, clues)).toEqual([]);
  expect(cluesIn(rsc, clues)).toEqual([]);
  await page.getByRole("link", { name: "Reveal who holds what" }).click();
  await expect(page.getByText("Tim Kaine").first()).toBeVisible();
});

test("the handout prints to PDF with the quotes, citations and discussion prompts", async ({ page }) => {
  await page.goto(`/cases/${slug}/compare?positions=p-kaine-unconstitutional,p-white-house-article-ii&order=3`);
  // The comparison streams in after the page's frame (it depends on the address): print once it is shown.
  await expect(page.getByRole("heading", { name: "Questions for discussion" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", printBackground: false });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  const flat = text.replace(/\s+/g, " ");
  expect(flat).toContain(
    "Offensive military action without congressional approval is not constitutional absent extraordinary circumstances.",
  );
  expect(flat).toContain("Tim Kaine");
  expect(flat).toContain("The Prize Cases, 67 U.S. (2 Black) 635, 668 (1863)");
  expect(flat).toContain("U.S. Const. art. I, § 8, cl. 11");
  expect(flat).toContain("Questions for discussion");
  expect(flat).not.toContain("Reshuffle columns");
});

test("a teacher makes a blind lesson, a student votes with the code, and the tally updates", async ({
  page,
  browser,
}) => {
  // Two browsers, two accessibility scans and screenshots: more than the default on a busy machine.
  test.setTimeout(120_000);
  await page.goto(`/cases/${slug}/compare?positions=p-kaine-unconstitutional,p-white-house-article-ii&order=4&blind=1`);
  await page.getByRole("link", { name: "Make this a lesson" }).click();
  await expect(page).toHaveURL(/\/admin\/login\?next=/);
  await signInHere(page);
  await expect(page).toHaveURL(/\/admin\/lessons\/new\?/);
  await expect(page.getByRole("checkbox", { name: /Blind/ })).toBeChecked();
  await page.getByLabel("Title").fill("Period 3: consultation");
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page).toHaveURL(/\/admin\/lessons\/[A-Z2-9]{6}$/);
  const code = (await page.getByTestId("lesson-code").textContent())!.trim();
  await expect(page.getByTestId("total-c-consultation")).toHaveText("0 votes");
  await expectAccessible(page);

  const student = await browser.newContext();
  const s = await student.newPage();
  await s.goto(`/lesson/${code}`);
  await expect(s.getByRole("heading", { level: 1, name: "Period 3: consultation" })).toBeVisible();
  expect(await s.getByRole("main").innerText()).not.toContain("Tim Kaine");
  const question = s.getByRole("group", { name: "Which argument on this question is strongest?" }).first();
  await question.getByRole("radio").first().check();
  await expect(question.getByRole("status")).toHaveText("Your vote is counted. You can change it.");
  await expectAccessible(s);
  await saveScreenshot(s, "lesson-student");
  await s.reload();
  await expect(
    s.getByRole("group", { name: "Which argument on this question is strongest?" }).first().getByRole("radio").first(),
  ).toBeChecked();

  await expect(page.getByText(/^1 vote$/).first()).toBeVisible({ timeout: 15_000 });
  await expect(page.getByTestId("lesson-limits")).toContainText("1 browser joined.");
  const clues = blindClues(["p-kaine-unconstitutional", "p-white-house-article-ii"]);
  expect(cluesIn(await (await s.request.get(`/lesson/${code}`)).text(), clues)).toEqual([]);

  // The teacher reveals who holds what; the student's page then names them, and keeps the vote.
  await page.getByRole("button", { name: "Reveal who holds what" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Revealed" })).toBeVisible();
  await s.reload();
  await expect(s.getByText("Your teacher has revealed who holds each position.")).toBeVisible();
  await expect(s.getByText("Tim Kaine").first()).toBeVisible();
  await expect(
    s.getByRole("group", { name: "Which argument on this question is strongest?" }).first().getByRole("radio").first(),
  ).toBeChecked();
  await student.close();
});

test("a teacher closes a lesson, deletes it and restores it, and the student page follows", async ({
  page,
  browser,
}) => {
  // Two browsers, two accessibility scans and screenshots: more than the default on a busy machine.
  test.setTimeout(120_000);
  await page.goto(
    `/admin/login?next=${encodeURIComponent(`/admin/lessons/new?case=${slug}&positions=p-kaine-unconstitutional,p-white-house-article-ii&order=5`)}`,
  );
  await signInHere(page);
  await expect(page).toHaveURL(/\/admin\/lessons\/new\?/);
  await page.getByLabel("Title").fill("Period 5: closing time");
  await page.getByRole("button", { name: "Create lesson" }).click();
  await expect(page).toHaveURL(/\/admin\/lessons\/[A-Z2-9]{6}$/);
  const code = (await page.getByTestId("lesson-code").textContent())!.trim();

  const student = await browser.newContext();
  const s = await student.newPage();
  await s.goto(`/lesson/${code}`);
  const question = s.getByRole("group", { name: "Which argument on this question is strongest?" }).first();
  await question.getByRole("radio").first().check();
  await expect(question.getByRole("status")).toHaveText("Your vote is counted. You can change it.");

  await page.getByRole("button", { name: "Close voting" }).click();
  await expect(page.getByText("Closed: no more votes are taken.")).toBeVisible();
  await expect(page.getByText(/^1 vote$/).first()).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, "lesson-teacher-closed");
  await s.reload();
  await expect(s.getByRole("heading", { level: 1, name: "Period 5: closing time" })).toBeVisible();
  await expect(s.getByText("This lesson is closed; votes are no longer taken.")).toBeVisible();
  await expect(s.getByRole("group", { name: "Which argument on this question is strongest?" })).toHaveCount(0);
  await saveScreenshot(s, "lesson-student-closed");

  await page.getByRole("button", { name: "Reopen voting" }).click();
  await expect(page.getByRole("button", { name: "Close voting" })).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete lesson" }).click();
  await expect(page.getByRole("button", { name: "Restore lesson" })).toBeVisible();
  expect((await s.goto(`/lesson/${code}`))?.status()).toBe(404);

  await page.goto("/admin/lessons");
  const row = page.getByRole("listitem").filter({ hasText: "Period 5: closing time" });
  await expect(row.getByText("Deleted")).toBeVisible();
  await row.getByRole("link", { name: "Period 5: closing time" }).click();
  await page.getByRole("button", { name: "Restore lesson" }).click();
  await expect(page.getByRole("button", { name: "Close voting" })).toBeVisible();
  expect((await s.goto(`/lesson/${code}`))?.status()).toBe(200);
  await expect(
    s.getByRole("group", { name: "Which argument on this question is strongest?" }).first().getByRole("radio").first(),
  ).toBeChecked();
  await student.close();
});
