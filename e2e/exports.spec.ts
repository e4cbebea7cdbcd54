import { expect, test } from "./fixtures";

test("an export answers a client that holds it with 304, and a publish changes its tag on the next request", async ({
  request,
  ownCase,
  curate,
  tag,
}) => {
  const url = `/api/export/cases/${ownCase.slug}/json`;
  const first = await request.get(url);
  expect(first.status()).toBe(200);
  const etag = first.headers()["etag"]!;
  expect(etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
  expect(first.headers()["cache-control"]).toBe("public, no-cache");

  const again = await request.get(url, { headers: { "If-None-Match": etag } });
  expect(again.status()).toBe(304);
  expect((await again.body()).length).toBe(0);
  expect(again.headers()["etag"]).toBe(etag);

  await curate.published(
    "event",
    {
      caseId: ownCase.slug,
      title: `Drill ${tag} ends`,
      kind: "statement",
      date: "2021-02-26",
      datePrecision: "day",
      summary: "The drill ended.",
    },
    `e-${tag}`,
  );
  const changed = await request.get(url, { headers: { "If-None-Match": etag } });
  expect(changed.status()).toBe(200);
  expect(changed.headers()["etag"]).not.toBe(etag);
  expect(await changed.text()).toContain(`Drill ${tag} ends`);
});
