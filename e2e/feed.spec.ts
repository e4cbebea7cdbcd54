import { expect, test } from "./fixtures";

test("a reader subscribes to a case's changes and sees a revision with what changed", async ({
  page,
  request,
  curate,
  ownCase,
}) => {
  const argument = await curate.published("argument", {
    positionId: ownCase.position.id,
    claim: `The drill ${ownCase.tag} needed no authorization.`,
    explanation: "It was an exercise, not hostilities.",
  });
  await curate.update("argument", argument.id, { claim: `The drill ${ownCase.tag} needed no authorization at all.` });

  await page.goto(`/cases/${ownCase.slug}`);
  // Feed readers find it in the head; people find the link on the page.
  const announced = await page
    .locator('link[rel="alternate"][type="application/atom+xml"]')
    .evaluateAll((links) => links.map((l) => [l.getAttribute("title"), l.getAttribute("href")]));
  const feedUrl = new URL(announced.find(([title]) => title === `${ownCase.title}: changes`)![1]!);
  expect(feedUrl.pathname).toBe(`/cases/${ownCase.slug}/feed.xml`);
  const link = page.getByRole("link", { name: "Follow changes (Atom feed)" });
  expect(await link.getAttribute("href")).toBe(feedUrl.pathname);

  const res = await request.get(feedUrl.pathname);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
  const xml = await res.text();
  const entries = [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1]!);
  // Newest first: the revision, then the argument's publication, then the case's own items.
  expect(entries[0]).toContain(`<title>Revised: The drill ${ownCase.tag} needed no authorization at all.</title>`);
  expect(entries[0]).toContain("Claim changed.");
  expect(entries[0]).toContain(`href="${feedUrl.origin}/arguments/${argument.id}"`);
  expect(entries[1]).toContain(`<title>Published: The drill ${ownCase.tag} needed no authorization at all.</title>`);
  expect(xml).toContain(`<link rel="self" type="application/atom+xml" href="${feedUrl.href}"/>`);
  expect(entries.some((e) => e.includes(`/positions/${ownCase.position.id}"`))).toBe(true);

  // A feed reader polling with the entity tag is told nothing changed.
  const again = await request.get(feedUrl.pathname, { headers: { "If-None-Match": res.headers()["etag"]! } });
  expect(again.status()).toBe(304);

  // Withdrawn, the argument leaves the feed with its history.
  await curate.transition("argument", argument.id, "draft");
  const after = await (await request.get(feedUrl.pathname)).text();
  expect(after).not.toContain(argument.id);
  expect((await request.get("/cases/no-such-case/feed.xml")).status()).toBe(404);
  const site = await request.get("/feed.xml");
  expect(site.status()).toBe(200);
  expect(await site.text()).toContain(`/positions/${ownCase.position.id}"`);
});
