import type { Page } from "@playwright/test";
import { idFromTitle } from "@/lib/curation/entities";
import {
  expect,
  expectAccessible,
  hydrated,
  open,
  ownArticle,
  pick,
  saveScreenshot,
  SEED_CASE,
  signInHere,
  test,
} from "./fixtures";

/*
 * Every test here changes data, so each works on its own: a case, position, actor and article
 * made for it through the API (the ownCase fixture), ids and titles carrying its tag, and
 * everything it made removed when it ends. The seeded case is only ever read.
 */

/** Moves the item open in the editor through the workflow with its button, and waits for the saved state. */
async function move(page: Page, button: "Submit for review" | "Publish", shows: RegExp) {
  await hydrated(page);
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByText(shows)).toBeVisible();
}

test("the curation area asks for a sign-in, refuses a wrong password and lets the admin in", async ({ page, tag }) => {
  await page.goto("/admin/arguments");
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Farguments$/);
  await hydrated(page);
  // An address of its own, so the failed attempt counts against no account another test signs in with.
  await page.getByLabel("Email").fill(`nobody-${tag}@e2e.test`);
  await page.getByLabel("Password").fill("not the password at all");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Email or password is incorrect." })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, "admin-login");

  await signInHere(page);
  await expect(page).toHaveURL(/\/admin\/arguments$/);
  await expect(page.getByRole("heading", { level: 1, name: "Arguments" })).toBeVisible();
});

test("an admin adds a legal source and an argument citing it, moves them through review, and readers see them", async ({
  adminPage: page,
  curate,
  ownCase,
  tag,
}) => {
  test.slow(); // a dozen page loads and three accessibility scans: triple time on a busy machine
  await open(page, "/admin");
  await expect(page.getByRole("heading", { level: 1, name: "Curation" })).toBeVisible();
  await expectAccessible(page);
  await saveScreenshot(page, "admin-dashboard");

  // A legal source; a first try with a malformed citation keeps what was typed and says why.
  const sourceId = `hamdi-${tag}`;
  curate.track("legalSource", sourceId);
  await open(page, "/admin/legal-sources/new");
  await page.getByLabel("Id (optional)").fill(sourceId);
  await page.getByLabel("Kind").selectOption("case");
  await page.getByLabel("Short title").fill("Hamdi v. Rumsfeld");
  await page.getByLabel("Bluebook citation").fill("Hamdi v Rumsfeld (2004)");
  await page.locator("#field-date").fill("2004-06-28");
  await page.getByLabel("Date precision").selectOption("day");
  await page
    .getByLabel("Neutral summary")
    .fill("The AUMF authorized detaining enemy combatants captured in Afghanistan, subject to due process.");
  await page.getByLabel("Verification").selectOption("checked");
  await page.getByRole("button", { name: "Create legal source" }).click();
  await expect(page.locator("#field-citation-error")).toContainText("Not a citation form");
  await expect(page.getByLabel("Short title")).toHaveValue("Hamdi v. Rumsfeld");
  await page.getByLabel("Bluebook citation").fill("Hamdi v. Rumsfeld, 542 U.S. 507 (2004)");
  await page.getByRole("button", { name: "Create legal source" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/legal-sources/${sourceId}$`));
  await expectAccessible(page);
  await saveScreenshot(page, "admin-edit");
  await move(page, "Submit for review", /^In review · version 2$/);
  await move(page, "Publish", /^Published · version 3$/);

  // An argument under the test's own position; its id is made from the claim.
  const claim = `Detention cases ${tag} show the AUMF is read narrowly to what Congress plainly authorized.`;
  const argumentId = idFromTitle("a-", claim);
  curate.track("argument", argumentId);
  await open(page, "/admin/arguments/new");
  await pick(page, "Position", tag, new RegExp(ownCase.position.title));
  await page.getByLabel("Claim").fill(claim);
  await page
    .getByLabel("Explanation")
    .fill(
      "Hamdi read the 2001 AUMF as authorizing detention as a fundamental incident of war, not as open-ended power.",
    );
  await page.getByRole("button", { name: "Create argument" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/arguments/${argumentId}$`));

  // The citation with its pinpoint.
  curate.track("citation", `${argumentId}-cite-1`);
  await open(page, "/admin/citations/new");
  await pick(page, "Argument", tag, new RegExp(`Detention cases ${tag}`));
  await pick(page, "Legal source", tag, /Hamdi v\. Rumsfeld/);
  await page.getByLabel("Pinpoint").fill("at 518");
  await page.locator("#field-use").selectOption("relies_on");
  await page.getByRole("button", { name: "Create citation" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/citations/${argumentId}-cite-1$`));
  await move(page, "Publish", /^Published · version 2$/);

  // Not public until the argument itself is published.
  const publicPage = `/arguments/${argumentId}`;
  expect((await page.request.get(publicPage)).status()).toBe(404);
  await open(page, `/admin/arguments/${argumentId}`);
  await move(page, "Submit for review", /^In review · version 2$/);
  await open(page, "/admin");
  await page.getByRole("link", { name: new RegExp(`Detention cases ${tag}`) }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/arguments/${argumentId}$`));
  await move(page, "Publish", /^Published · version 3$/);

  await page.goto(publicPage);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`Detention cases ${tag}`));
  await expect(
    page.getByRole("region", { name: "The law it rests on" }).getByText("Hamdi v. Rumsfeld, 542 U.S. 507, 518 (2004)"),
  ).toBeVisible();
  await page.goto(`/admin/arguments/${argumentId}/history`);
  await expect(page.getByText(/Workflow · version 3/)).toBeVisible();
  await expectAccessible(page);
});

test("a second editor saving over the same position sees both versions side by side", async ({
  adminWindow,
  curate,
  ownCase,
  tag,
}) => {
  const position = await curate.create("position", {
    caseId: ownCase.slug,
    title: `Contested ${tag}`,
    summary: "Before either edit.",
    stance: "contested",
    legalFrame: "domestic",
  });
  const path = `/admin/positions/${position.id}`;
  const a = await adminWindow();
  const b = await adminWindow();
  await open(a, path);
  await open(b, path);

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
  expect((await curate.get("position", position.id)).values).toMatchObject({
    title: "Edited in the second window",
    summary: "Before either edit.",
  });
});

test("an editor anchors a new quote by selecting its words in the article, and readers see it highlighted", async ({
  adminPage: page,
  curate,
  ownCase,
  tag,
}) => {
  test.slow(); // a dozen page loads and three accessibility scans: triple time on a busy machine
  const words = `no one was hurt in drill ${tag}`;
  expect(ownArticle(tag)).toContain(words);
  const quoteId = idFromTitle("q-", words);
  curate.track("quote", quoteId);
  await open(page, "/admin/quotes/new");
  await pick(page, "Case", tag, new RegExp(ownCase.title));
  await pick(page, "Speaker", tag, new RegExp(ownCase.actor.name));
  await page.getByLabel("Exact words").fill(words);
  await page.getByLabel("Part of a sentence").check();
  await page.getByRole("button", { name: "Create quote" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/quotes/${quoteId}$`));

  await open(page, `/admin/documents/${ownCase.document.id}/anchors`);
  await page.getByTestId("anchor-text").evaluate((el, words) => {
    const node = el.firstChild!;
    const at = node.textContent!.indexOf(words);
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + words.length);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  }, words);
  const panel = page.getByRole("complementary", { name: "New anchor" });
  await expect(panel.getByText(`“${words}”`)).toBeVisible();
  await pick(page, "Which quote", tag, new RegExp(words));
  await panel.getByRole("button", { name: "Create anchor" }).click();
  await expect(panel.getByRole("status")).toContainText(`created and attached to ${quoteId}`);
  await expectAccessible(page);
  await saveScreenshot(page, "admin-anchoring");

  const anchorLink = panel.getByRole("link", { name: /^anchor-/ });
  const anchorId = (await anchorLink.textContent())!.trim();
  curate.track("anchor", anchorId);
  await anchorLink.click();
  await expect(page).toHaveURL(new RegExp(`/admin/anchors/${anchorId}$`));
  await move(page, "Publish", /^Published · version/);
  await open(page, `/admin/quotes/${quoteId}`);
  await expect(page.getByText(/^Draft · version 2$/)).toBeVisible();
  await move(page, "Publish", /^Published · version 3$/);

  await page.goto(`/cases/${ownCase.slug}/article#${anchorId}`);
  const reader = page.getByRole("complementary", { name: "What links to the selected passage" });
  await expect(reader.getByText(`“${words}”`)).toBeVisible();
  await expect(reader.getByRole("link", { name: ownCase.actor.name })).toBeVisible();
});

test("an editor previews a draft argument in context before it is published", async ({
  adminPage: page,
  curate,
  ownCase,
  tag,
}) => {
  const claim = `Sunset clauses ${tag} would keep future authorizations from going stale.`;
  const argumentId = idFromTitle("a-", claim);
  curate.track("argument", argumentId);
  await open(page, "/admin/arguments/new");
  await pick(page, "Position", tag, new RegExp(ownCase.position.title));
  await page.getByLabel("Claim").fill(claim);
  await page
    .getByLabel("Explanation")
    .fill("An authorization that expires unless renewed forces Congress to revisit it.");
  await page.getByRole("button", { name: "Create argument" }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/arguments/${argumentId}$`));
  await page.getByRole("link", { name: "Preview in context" }).click();
  await expect(page.getByRole("note")).toContainText("Preview.");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(new RegExp(`Sunset clauses ${tag} would keep`));
  await expectAccessible(page);
  expect((await page.request.get(`/arguments/${argumentId}`)).status()).toBe(404);
});

test("an editor checks and imports a case file, and finds it among the drafts", async ({
  adminPage: page,
  curate,
  tag,
}) => {
  // The seeded case's export is only read, as the outline of a file; the file's rows are the test's own.
  const exported = await (await page.request.get(`/api/export/cases/${SEED_CASE}/json`)).json();
  const empty = Object.fromEntries(
    Object.keys(exported)
      .filter((k) => Array.isArray(exported[k]))
      .map((k) => [k, []]),
  );
  const slug = `e2e-imported-${tag}`;
  const file = {
    ...empty,
    format: "war-powers-explorer/1",
    case: {
      id: slug,
      slug,
      title: `An imported case ${tag}`,
      summary: "Brought in from a file.",
      startDate: null,
      endDate: null,
      dateNote: null,
      timelineStart: null,
      timelineEnd: null,
      nameVariants: {},
    },
    legalSources: exported.legalSources.filter((s: { id: string }) => s.id === "prize-cases"),
    positions: [
      {
        id: `p-${tag}`,
        title: "An imported position",
        summary: "It holds a view.",
        stance: "contested",
        legalFrame: "domestic",
        sortOrder: 0,
      },
    ],
    arguments: [
      {
        id: `a-${tag}`,
        positionId: `p-${tag}`,
        claim: "An imported claim.",
        explanation: "With its reasons.",
        derivedFrom: null,
        placementNote: null,
        sortOrder: 0,
      },
    ],
    citations: [
      {
        id: `a-${tag}-cite-1`,
        argumentId: `a-${tag}`,
        legalSourceId: "prize-cases",
        pinpoint: "at 670",
        use: "relies_on",
        note: null,
        sortOrder: 0,
      },
    ],
  };
  for (const [type, id] of [
    ["case", slug],
    ["position", `p-${tag}`],
    ["argument", `a-${tag}`],
    ["citation", `a-${tag}-cite-1`],
  ] as const)
    curate.track(type, id);

  await open(page, "/admin/import");
  const broken = { ...file, citations: [{ ...file.citations[0], legalSourceId: "nowhere" }] };
  await page
    .getByLabel(/A case exported as JSON/)
    .setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken)) });
  await page.getByRole("button", { name: "Check (changes nothing)" }).click();
  await expect(page.getByRole("status").filter({ hasText: "nothing imported" })).toContainText(
    "/citations/0/legalSourceId",
  );
  await expect(page.getByRole("button", { name: "Import as drafts" })).toBeDisabled();

  await page
    .getByLabel(/A case exported as JSON/)
    .setInputFiles({ name: "case.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
  await page.getByRole("button", { name: "Check (changes nothing)" }).click();
  await expect(page.getByRole("heading", { name: "case.json is ready to import" })).toBeVisible();
  await expect(page.getByText("Already here and kept as they are: prize-cases")).toBeVisible();
  await page.getByRole("button", { name: "Import as drafts" }).click();
  await expect(page.getByRole("heading", { name: "Imported case.json" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: "See the imported case in Cases" }).click();
  const row = page.getByRole("row", { name: new RegExp(`An imported case ${tag}`) });
  await expect(row).toContainText("Draft");
  expect((await page.request.get(`/cases/${slug}`)).status()).toBe(404);
});

test("an editor imports an AIF graph as a new draft position", async ({ adminPage: page, curate, ownCase, tag }) => {
  const aif = await (await page.request.get(`/api/export/cases/${SEED_CASE}/aif`)).text();
  await open(page, "/admin/import");
  await page.getByRole("radio", { name: /An argument graph \(AIF JSON/ }).check();
  // Into the test's own case, so the drafts it makes sit in no case another test reads.
  await page.getByLabel("Into the case").selectOption(ownCase.slug);
  await page.getByLabel("As a new position titled").fill(`Graph from OVA ${tag}`);
  await page
    .getByLabel("An AIF JSON file")
    .setInputFiles({ name: "graph.aif.json", mimeType: "application/json", buffer: Buffer.from(aif) });
  await page.getByRole("button", { name: "Check (changes nothing)" }).click();
  await expect(page.getByRole("heading", { name: "graph.aif.json is ready to import" })).toBeVisible();
  await page.getByRole("button", { name: "Import as drafts" }).click();
  await expect(page.getByRole("heading", { name: "Imported graph.aif.json" })).toBeVisible();
  await page.getByRole("link", { name: "Open the new position" }).click();
  await expect(page).toHaveURL(/\/admin\/[^/]+\/[^/?]+$/);
  // After a client-side navigation Next keeps the import page in the document, hidden (its
  // "As a new position titled" box would match a label search too): ask for what is shown.
  await expect(page.getByRole("textbox", { name: "Title (required)" })).toHaveValue(`Graph from OVA ${tag}`);
  await expect(page.getByText(/^Draft · version 1/)).toBeVisible();
  // The position goes with the case at teardown; its drafts are seen by no reader.
  curate.track("position", page.url().split("/").pop()!);
});
