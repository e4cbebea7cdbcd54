import { expect, SEED_CASE, test } from "./fixtures";

test("a reader opens an event from the timeline and cites it, then cites a quote from the argument it voices", async ({
  page,
}) => {
  await page.goto(`/cases/${SEED_CASE}/timeline`);
  await page
    .getByRole("region", { name: "Events" })
    .getByRole("link", { name: "U.S. airstrikes on militia facilities at the Syria–Iraq border" })
    .click();
  await expect(page).toHaveURL(/\/events\/e-2021-02-25-strikes$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(
    "U.S. airstrikes on militia facilities at the Syria–Iraq border",
  );
  await expect(page.getByRole("region", { name: "What was said about it" })).toContainText("Kirby");
  const eventCite = page.getByRole("region", { name: "Cite this" });
  await eventCite.getByRole("tab", { name: "Chicago" }).click();
  await expect(eventCite.getByRole("tabpanel", { name: "Chicago" })).toContainText(
    "“U.S. Airstrikes on Militia Facilities at the Syria–Iraq Border.” War Powers Explorer. Version 1. Last modified",
  );

  await page.goto("/arguments/a-declare-war-clause-congress-decides");
  // The words are quoted twice on the page: alone, and in the whole statement they come from.
  await page.locator('a[href="/quotes/q-kaine-2021-02-26-not-constitutional"]', { hasText: "Cite this quote" }).click();
  await expect(page).toHaveURL(/\/quotes\/q-kaine-2021-02-26-not-constitutional$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Tim Kaine: “Offensive military action");
  const quoteCite = page.getByRole("region", { name: "Cite this" });
  await quoteCite.getByRole("tab", { name: "Chicago" }).click();
  // The words are verbatim: the style's title case leaves them as spoken.
  await expect(quoteCite.getByRole("tabpanel", { name: "Chicago" })).toContainText(
    "Offensive military action without congressional approval is not constitutional",
  );
  await quoteCite.getByRole("tab", { name: "APA 7" }).click();
  await expect(quoteCite.getByRole("tabpanel", { name: "APA 7" })).toContainText("War Powers Explorer.");
});
