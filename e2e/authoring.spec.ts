import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures";

const fixture = readFileSync("lib/authoring/fixtures/harbor-strike.txt", "utf8");

/**
 * The article with its people renamed for this test: the actors it creates join the library
 * (drafts included), so another run's "Marcus Obi" would otherwise be matched as known.
 */
function ownArticle(tag: string) {
  const own = tag.replace(/[^a-z]/g, "").slice(0, 8);
  const obi = `Obi${own}`;
  return { obi, text: fixture.replaceAll("Obi", obi).replaceAll("Whitfield", `Whitfield${own}`) };
}

test("an editor turns a fresh article into a draft case with anchored quotations, speakers and events", async ({
  adminPage: page,
  tag,
}) => {
  const article = ownArticle(tag);
  await page.goto("/admin");
  await page
    .getByRole("navigation", { name: "Curation" })
    .getByRole("link", { name: "New case from a document" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Build a case from a document");
  await page.getByLabel("Title of the new case").fill(`Harbor strike ${tag}`);
  await page.getByLabel("Title of the document").fill(`Navy strikes radar site ${tag}`);
  await page.getByLabel("Publisher").fill("The Test Wire");
  await page.getByLabel("Published on").fill("2024-01-16");
  await page.getByLabel("The text").fill(article.text);
  await page.getByRole("button", { name: "Store it and propose" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Proposals for “Navy strikes radar site ${tag}”`);
  // A false proposal rejected is remembered for the document: it stays out after a reload, and can be restored.
  const events = page.getByRole("region", { name: "Events" });
  const proposed = await events.getByRole("checkbox").count();
  await events
    .getByRole("button", { name: /^Reject event \d+$/ })
    .last()
    .click();
  await expect(page.getByRole("region", { name: "Rejected" })).toContainText("Event on 2023-12");
  await expect(events.getByRole("checkbox")).toHaveCount(proposed - 1);
  await page.reload();
  await expect(page.getByRole("region", { name: "Rejected" })).toContainText("Event on 2023-12");
  await expect(events.getByRole("checkbox")).toHaveCount(proposed - 1);

  const quotes = page.getByRole("region", { name: "Quotations" });
  await expect(quotes.getByRole("listitem")).toHaveCount(5);
  // Each proposal is shown in its place, with why: "he said" is the person named last.
  await expect(quotes.getByLabel("Speaker of quotation 3")).toHaveValue(`new:Marcus ${article.obi}`);
  await expect(quotes.getByRole("listitem").nth(2)).toContainText(
    `the person named last before it, Marcus ${article.obi}`,
  );
  // The editor corrects a speaker: Obi's surname alone is Marcus Obi.
  await quotes.getByLabel("Speaker of quotation 4").selectOption(`new:Marcus ${article.obi}`);
  await quotes.getByLabel("Speaker of quotation 5").selectOption(`new:Marcus ${article.obi}`);
  await expect(events.getByLabel("Date").first()).toHaveValue("2024-01-15"); // "on Monday"
  await events.getByLabel("Title of event 1").fill("Navy strikes a radar site in Yemen");
  await expect(page.getByRole("region", { name: "Legal citations" })).toContainText("50 U.S.C. § 1543(a)");

  await page.getByRole("button", { name: /^Create 5 quotations and \d+ events as drafts$/ }).click();
  const done = page.getByRole("status").filter({ hasText: "Created as drafts" });
  await expect(done).toContainText("5 quotations");
  await expect(done).toContainText("new actors");
  // What was accepted is not proposed again.
  await expect(quotes).toContainText("No quotation left to propose.");

  // An argument starts from a quotation: its quote, speaker and anchor filled in.
  const startArgument = await done
    .getByRole("link", { name: "Start an argument from quotation 1" })
    .getAttribute("href");
  expect(startArgument).toMatch(/^\/admin\/arguments\/new\?quotes=q-[^&]+&attributedTo=[^&]+&anchors=/);

  // The quotations are anchored in the stored text.
  await done.getByRole("link", { name: "See them in the document" }).click();
  await expect(page.getByText("We will not let threats to shipping go unanswered").first()).toBeVisible();

  await page.goto(startArgument!);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New argument");
  await expect(page.getByLabel("Derived from")).toHaveValue(`Quoted in “Navy strikes radar site ${tag}”`);
});
