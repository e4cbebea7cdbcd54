import type { Page } from "@playwright/test";
import { E2E_ADMIN } from "./credentials";
import { expect, expectAccessible, saveScreenshot, test } from "./fixtures";

async function signIn(page: Page, next = "/admin") {
  await page.goto(next);
  await expect(page).toHaveURL(/\/admin\/login/);
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[/]/g, "\\/")}$`));
}

/** Picks a row in a search-as-you-type field by typing part of its title. */
async function pick(page: Page, label: string | RegExp, typed: string, option: RegExp) {
  await page.getByRole("combobox", { name: label, exact: typeof label === "string" }).fill(typed);
  await page.getByRole("option", { name: option }).first().click();
}

test("the curation area asks for a sign-in and refuses a wrong password", async ({ page }) => {
  await page.goto("/admin/arguments");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Farguments$/);
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, "admin-login");
});

test("an admin adds a legal source and an argument citing it, moves them through review, and readers see them", async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole("heading", { level: 1, name: "Curation" })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, "admin-dashboard");

  // A legal source; a first try with a malformed citation keeps what was typed and says why.
  await page.goto("/admin/legal-sources/new");
  await page.getByLabel("Kind").selectOption("case");
  await page.getByLabel("Short title").fill("Hamdi v. Rumsfeld");
  await page.getByLabel("Bluebook citation").fill("Hamdi v Rumsfeld (2004)");
  await page.locator("#field-date").fill("2004-06-28");
  await page.getByLabel("Date precision").selectOption("day");
  await page.getByLabel("Neutral summary").fill("The AUMF authorized detaining enemy combatants captured in Afghanistan, subject to due process.");
  await page.getByLabel("Verification").selectOption("checked");
  await page.getByRole("button", { name: "Create legal source" }).click();
  await expect(page.locator("#field-citation-error")).toContainText("Not a citation form");
  await expect(page.getByLabel("Short title")).toHaveValue("Hamdi v. Rumsfeld");
  await page.getByLabel("Bluebook citation").fill("Hamdi v. Rumsfeld, 542 U.S. 507 (2004)");
  await page.getByRole("button", { name: "Create legal source" }).click();
  await expect(page).toHaveURL(/\/admin\/legal-sources\/hamdi-v-rumsfeld$/);
  await expectAccessible(page);
  await saveScreenshot(page, "admin-edit");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("In review · version 2")).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published · version 3")).toBeVisible();

  // An argument under Kaine's position.
  await page.goto("/admin/arguments/new");
  await pick(page, "Position", "Unconstitutional", /Unconstitutional without congressional authorization/);
  await page.getByLabel("Claim").fill("Detention cases show the AUMF is read narrowly to what Congress plainly authorized.");
  await page.getByLabel("Explanation").fill("Hamdi read the 2001 AUMF as authorizing detention as a fundamental incident of war, not as open-ended power.");
  await page.getByRole("button", { name: "Create argument" }).click();
  await expect(page).toHaveURL(/\/admin\/arguments\/a-detention-cases-show-the-aumf-is-read-narrowly$/);

  // The citation with its pinpoint.
  await page.goto("/admin/citations/new");
  await pick(page, "Argument", "Detention cases", /Detention cases show the AUMF/);
  await pick(page, "Legal source", "Hamdi", /Hamdi v\. Rumsfeld/);
  await page.getByLabel("Pinpoint").fill("at 518");
  await page.locator("#field-use").selectOption("relies_on");
  await page.getByRole("button", { name: "Create citation" }).click();
  await expect(page).toHaveURL(/\/admin\/citations\/a-detention-cases-show-the-aumf-is-read-narrowly-cite-1$/);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published · version 2")).toBeVisible();

  // Not public until the argument itself is published.
  const publicPage = "/arguments/a-detention-cases-show-the-aumf-is-read-narrowly";
  expect((await page.request.get(publicPage)).status()).toBe(404);
  await page.goto("/admin/arguments/a-detention-cases-show-the-aumf-is-read-narrowly");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText("In review · version 2")).toBeVisible();
  await page.goto("/admin");
  await page.getByRole("link", { name: /Detention cases show the AUMF/ }).click();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published · version 3")).toBeVisible();

  await page.goto(publicPage);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Detention cases show the AUMF/);
  await expect(page.getByRole("region", { name: "The law it rests on" }).getByText("Hamdi v. Rumsfeld, 542 U.S. 507, 518 (2004)")).toBeVisible();
  await page.goto("/admin/arguments/a-detention-cases-show-the-aumf-is-read-narrowly/history");
  await expect(page.getByText(/Workflow · version 3/)).toBeVisible();
  await expectAccessible(page);
});

test("a second editor saving over the same argument sees both versions side by side", async ({ browser }) => {
  const first = await browser.newContext();
  const second = await browser.newContext();
  const a = await first.newPage();
  const b = await second.newPage();
  const path = "/admin/positions/p-deterrence-flexibility";
  await signIn(a, path);
  await signIn(b, path);

  await a.getByLabel("Summary").fill("Edited in the first window.");
  await a.getByRole("button", { name: "Save changes" }).click();
  await expect(a.getByRole("status")).toContainText("Saved as version 2");

  await b.getByLabel("Title").fill("Edited in the second window");
  await b.getByRole("button", { name: "Save changes" }).click();
  const conflict = b.getByRole("region", { name: /Your changes and the newer version/ });
  await expect(conflict).toBeVisible();
  await expect(conflict.getByText("Edited in the first window.")).toBeVisible();
  await expect(conflict.getByText("Edited in the second window")).toBeVisible();
  await expect(b.getByLabel("Title")).toHaveValue("Edited in the second window");
  await saveScreenshot(b, "admin-conflict");
  await conflict.getByRole("button", { name: "Save mine over version 2" }).click();
  await expect(b.getByRole("status")).toContainText("Saved as version 3");
  await first.close();
  await second.close();
});

test("an editor anchors a new quote by selecting its words in the article, and readers see it highlighted", async ({ page }) => {
  await signIn(page, "/admin/quotes/new");
  await pick(page, "Case", "Syria", /U\.S\. Airstrikes at the Syria/);
  await pick(page, "Speaker", "Kirby", /John F\. Kirby/);
  await page.getByLabel("Exact words").fill("no one was hurt");
  await page.getByLabel("Part of a sentence").check();
  await page.getByRole("button", { name: "Create quote" }).click();
  await expect(page).toHaveURL(/\/admin\/quotes\/q-no-one-was-hurt$/);

  await page.goto("/admin/documents/doc-2021-02-syria-strikes-article/anchors");
  await page.getByTestId("anchor-text").evaluate((el, words) => {
    const node = el.firstChild!;
    const at = node.textContent!.indexOf(words);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, "no one was hurt");
  const panel = page.getByRole("complementary", { name: "New anchor" });
  await expect(panel.getByText("“no one was hurt”")).toBeVisible();
  await pick(page, "Which quote", "no one", /no one was hurt/);
  await panel.getByRole("button", { name: "Create anchor" }).click();
  await expect(panel.getByRole("status")).toContainText("created and attached to q-no-one-was-hurt");
  await expectAccessible(page);
  await saveScreenshot(page, "admin-anchoring");

  await panel.getByRole("link", { name: /^anchor-/ }).click();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/^Published · version/)).toBeVisible();
  const anchorUrl = page.url();
  const anchorId = anchorUrl.split("/").pop()!;
  await page.goto("/admin/quotes/q-no-one-was-hurt");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/^Published · version/)).toBeVisible();

  await page.goto(`/cases/2021-syria-border-strikes/article#${anchorId}`);
  const reader = page.getByRole("complementary", { name: "What links to the selected passage" });
  await expect(reader.getByText("“no one was hurt”")).toBeVisible();
  await expect(reader.getByRole("link", { name: "John F. Kirby" })).toBeVisible();
});

test("an editor previews a draft argument in context before it is published", async ({ page }) => {
  await signIn(page, "/admin/arguments/new");
  await pick(page, "Position", "Repeal outdated", /Repeal outdated AUMFs/);
  await page.getByLabel("Claim").fill("Sunset clauses would keep future authorizations from going stale.");
  await page.getByLabel("Explanation").fill("An authorization that expires unless renewed forces Congress to revisit it.");
  await page.getByRole("button", { name: "Create argument" }).click();
  await expect(page).toHaveURL(/\/admin\/arguments\/a-sunset-clauses/);
  await page.getByRole("link", { name: "Preview in context" }).click();
  await expect(page.getByRole("note")).toContainText("Preview.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/Sunset clauses would keep/);
  await expectAccessible(page);
  expect((await page.request.get(new URL(page.url()).pathname.replace("/admin/preview", ""))).status()).toBe(404);
});

test("an editor checks and imports a case file, and finds it among the drafts", async ({ page }) => {
  const exported = await (await page.request.get("/api/export/cases/2021-syria-border-strikes/json")).json();
  const empty = Object.fromEntries(Object.keys(exported).filter((k) => Array.isArray(exported[k])).map((k) => [k, []]));
  const file = {
    ...empty,
    format: "war-powers-explorer/1",
    case: { id: "e2e-imported-case", slug: "e2e-imported-case", title: "An imported case", summary: "Brought in from a file.", startDate: null, endDate: null, dateNote: null, timelineStart: null, timelineEnd: null, nameVariants: {} },
    legalSources: exported.legalSources.filter((s: { id: string }) => s.id === "prize-cases"),
    positions: [{ id: "p-e2e-imported", title: "An imported position", summary: "It holds a view.", stance: "contested", legalFrame: "domestic", sortOrder: 0 }],
    arguments: [{ id: "a-e2e-imported", positionId: "p-e2e-imported", claim: "An imported claim.", explanation: "With its reasons.", derivedFrom: null, placementNote: null, sortOrder: 0 }],
    citations: [{ id: "a-e2e-imported-cite-1", argumentId: "a-e2e-imported", legalSourceId: "prize-cases", pinpoint: "at 670", use: "relies_on", note: null, sortOrder: 0 }],
  };

  await signIn(page, "/admin/import");
  const broken = { ...file, citations: [{ ...file.citations[0], legalSourceId: "nowhere" }] };
  await page.getByLabel(/A case exported as JSON/).setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole("button", { name: "Check (changes nothing)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "nothing imported" })).toContainText("/citations/0/legalSourceId");
  await expect(page.getByRole("button", { name: "Import as drafts" })).toBeDisabled();

  await page.getByLabel(/A case exported as JSON/).setInputFiles({ name: "case.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole("button", { name: "Check (changes nothing)" }).click();
  await expect(page.getByRole("heading", { name: "case.json is ready to import" })).toBeVisible();
  await expect(page.getByText("Already here and kept as they are: prize-cases")).toBeVisible();
  await page.getByRole("button", { name: "Import as drafts" }).click();
  await expect(page.getByRole("heading", { name: "Imported case.json" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "See the imported case in Cases" }).click();
  const row = page.getByRole("row", { name: /An imported case/ });
  await expect(row).toContainText("Draft");
  expect((await page.request.get("/cases/e2e-imported-case")).status()).toBe(404);
});

test("an editor imports an AIF graph as a new draft position", async ({ page }) => {
  const aif = await (await page.request.get("/api/export/cases/2021-syria-border-strikes/aif")).text();
  await signIn(page, "/admin/import");
  await page.getByRole("radio", { name: /An argument graph \(AIF JSON/ }).check();
  await page.getByLabel("As a new position titled").fill("Graph from OVA");
  await page.getByLabel("An AIF JSON file").setInputFiles({ name: "graph.aif.json", mimeType: "application/json", buffer: Buffer.from(aif) });
  await page.getByRole("button", { name: "Check (changes nothing)" }).click();
  await expect(page.getByRole("heading", { name: "graph.aif.json is ready to import" })).toBeVisible();
  await page.getByRole("button", { name: "Import as drafts" }).click();
  await expect(page.getByRole("heading", { name: "Imported graph.aif.json" })).toBeVisible();
  await page.getByRole("link", { name: "Open the new position" }).click();
  await expect(page.getByLabel("Title")).toHaveValue("Graph from OVA");
  await expect(page.getByText(/^Draft · version 1/)).toBeVisible();
});
