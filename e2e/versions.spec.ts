import { expect, test } from "./fixtures";

test("a reader cites an argument as it stood at a version, and is told when it has been revised", async ({
  page,
  curate,
  ownCase,
}) => {
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
  await expect(cite.getByText(new RegExp(`/arguments/${argument.id}/v/${revised.version}$`))).toBeVisible();
  // The citation is of the version being read, at its own address.
  await expect(cite.getByText(`(version ${revised.version},`, { exact: false })).toBeVisible();

  await cite.getByRole("link", { name: new RegExp(`^Version ${argument.version},`) }).click();
  await expect(page).toHaveURL(new RegExp(`/arguments/${argument.id}/v/${argument.version}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first);
  const notice = page.getByTestId("version-notice");
  await expect(notice).toContainText(`This is version ${argument.version} of this argument, as published`);
  await expect(notice).toContainText("It has been revised since");
  const old = page.getByRole("region", { name: "Cite this" });
  await expect(old.getByText(`“${first}”`, { exact: false })).toBeVisible();
  await expect(old.getByText(`(version ${argument.version},`, { exact: false })).toBeVisible();
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
    "href",
    new RegExp(`/arguments/${argument.id}/v/${argument.version}$`),
  );

  await notice.getByRole("link", { name: /read the current version/ }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(second);
  expect((await page.goto(`/arguments/${argument.id}/v/1`))?.status()).toBe(404);
});
