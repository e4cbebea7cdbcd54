import { expect, siteOrigin, test } from "./fixtures";

test("a reader cites an argument as it stood at a version, and is told when it has been revised", async ({
  page,
  request,
  curate,
  ownCase,
}) => {
  const origin = await siteOrigin(request);
  const versionUrl = (id: string, version: number) => `${origin}/arguments/${id}/v/${version}`;
  const first = `The drill ${ownCase.tag} was an exercise, not hostilities.`;
  const second = `The drill ${ownCase.tag} was an exercise, and no hostilities followed.`;
  const argument = await curate.published("argument", {
    positionId: ownCase.position.id,
    claim: first,
    explanation: "Nothing was fired.",
  });
  const revised = await curate.update("argument", argument.id, { claim: second });

  await page.goto(`/arguments/${argument.id}`);
  const cite = page.getByRole("region", { name: "Cite this" });
  await expect(cite.getByText(`This version (version ${revised.version})`)).toBeVisible();
  await expect(
    cite.getByText(new RegExp(`^https?://\\S+/arguments/${argument.id}/v/${revised.version}$`)),
  ).toBeVisible();
  // The citation is of the version being read, at its own address.
  await expect(cite.getByRole("tabpanel", { name: "Bluebook" })).toContainText(`(version ${revised.version},`);

  await cite.getByRole("link", { name: new RegExp(`^Version ${argument.version},`) }).click();
  await expect(page).toHaveURL(new RegExp(`/arguments/${argument.id}/v/${argument.version}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first);
  const notice = page.getByTestId("version-notice");
  await expect(notice).toContainText(`This is version ${argument.version} of this argument, as published`);
  await expect(notice).toContainText("It has been revised since");
  const old = page.getByRole("region", { name: "Cite this" });
  const bluebook = old.getByRole("tabpanel", { name: "Bluebook" });
  await expect(bluebook).toContainText(`“${first}”`);
  await expect(bluebook).toContainText(`(version ${argument.version},`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`/arguments/${argument.id}/v/${argument.version}$`),
  );

  // The same version in APA 7 and Chicago, and as files for a reference manager.
  await old.getByRole("tab", { name: "APA 7" }).click();
  const apa = old.getByRole("tabpanel", { name: "APA 7" });
  await expect(apa).toContainText(`${first} (`); // the claim ends with its own period
  await expect(apa).toContainText(`War Powers Explorer. ${versionUrl(argument.id, argument.version)}`);
  await old.getByRole("tab", { name: "Chicago" }).click();
  const chicago = old.getByRole("tabpanel", { name: "Chicago" });
  await expect(chicago).toContainText(`War Powers Explorer. Version ${argument.version}. Last modified`);
  await expect(chicago).toContainText(`${versionUrl(argument.id, argument.version)}.`);
  const [bib] = await Promise.all([
    page.waitForEvent("download"),
    old.getByRole("link", { name: "BibTeX file of this citation" }).click(),
  ]);
  expect(bib.suggestedFilename()).toBe(`wpe-argument-${argument.id}-v${argument.version}.bib`);
  const { readFileSync } = await import("node:fs");
  const bibtex = readFileSync(await bib.path(), "utf8");
  expect(bibtex).toContain(`title = {${first}}`);
  expect(bibtex).toContain(`url = {${versionUrl(argument.id, argument.version)}}`);
  const ris = await page.request.get(
    (await old.getByRole("link", { name: "RIS file of this citation" }).getAttribute("href"))!,
  );
  expect(await ris.text()).toContain(`TI  - ${first}\r\n`);

  await notice.getByRole("link", { name: /read the current version/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second);
  expect((await page.goto(`/arguments/${argument.id}/v/1`))?.status()).toBe(404);
});

test("every published item keeps its versions: a position, revised, is cited at its current version and read as it was", async ({
  page,
  request,
  curate,
  ownCase,
}) => {
  const origin = await siteOrigin(request);
  const revised = await curate.update("position", ownCase.position.id, {
    title: `${ownCase.position.title}, revised`,
  });
  await page.goto(`/positions/${ownCase.position.id}`);
  const cite = page.getByRole("region", { name: "Cite this" });
  const current = `${origin}/positions/${ownCase.position.id}/v/${revised.version}`;
  await expect(cite.getByText(`This version (version ${revised.version})`)).toBeVisible();
  await expect(cite.getByText(current, { exact: true })).toBeVisible();
  await cite.getByRole("tab", { name: "APA 7" }).click();
  await expect(cite.getByRole("tabpanel", { name: "APA 7" })).toContainText(current);

  const first = cite.getByRole("link", { name: /^Version \d+,/ }).first();
  const firstVersion = Number(/Version (\d+)/.exec((await first.textContent())!)![1]);
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/positions/${ownCase.position.id}/v/${firstVersion}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ownCase.position.title);
  await expect(page.getByTestId("version-notice")).toContainText(
    `This is version ${firstVersion} of this position, as published`,
  );
  await page
    .getByTestId("version-notice")
    .getByRole("link", { name: /read the current version/ })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${ownCase.position.title}, revised`);
  expect((await page.goto(`/positions/${ownCase.position.id}/v/999`))?.status()).toBe(404);
});
