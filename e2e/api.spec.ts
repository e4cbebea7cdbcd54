import { expect, hydrated, siteOrigin, test } from "./fixtures";

type OpenApi = { servers: { url: string }[]; paths: Record<string, { get: { operationId: string } }> };

test("a researcher reads the API reference and fetches an argument with plain HTTP, as the OpenAPI document describes it", async ({
  page,
  request,
  curate,
  ownCase,
}) => {
  const claim = `The drill ${ownCase.tag} was lawful self-defense.`;
  const argument = await curate.published("argument", {
    positionId: ownCase.position.id,
    claim,
    explanation: "A unit was threatened.",
  });

  // The reference page, linked from every page's footer, gives a command to try.
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "Data and API for developers" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Data and API for developers");
  const endpoint = page.getByRole("region", { name: "GET /arguments/{id} Get an argument" });
  await expect(endpoint).toContainText("curl -s '");
  await expect(endpoint.getByRole("link", { name: "Argument" })).toHaveAttribute("href", "#schema-Argument");

  // What curl would do: a plain GET, no cookies, no client library.
  const docRes = await request.get("/api/v1/openapi.json");
  expect(docRes.status()).toBe(200);
  const doc = (await docRes.json()) as OpenApi;
  expect(doc.servers[0]!.url).toBe(`${await siteOrigin(request)}/api/v1`);
  expect(doc.paths["/arguments/{id}"]!.get.operationId).toBe("getArgument");

  const res = await request.get(`/api/v1/arguments/${argument.id}`, {
    headers: { Origin: "https://elsewhere.example" },
  });
  expect(res.status()).toBe(200);
  expect(res.headers()["access-control-allow-origin"]).toBe("*");
  const body = (await res.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ id: argument.id, claim, positionId: ownCase.position.id, caseSlug: ownCase.slug });

  const { default: Ajv2020 } = await import("ajv/dist/2020.js");
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  ajv.addSchema({ ...doc, $id: "openapi.json" });
  const validate = ajv.compile({
    $ref: "openapi.json#/paths/~1arguments~1{id}/get/responses/200/content/application~1json/schema",
  });
  expect(validate(body), ajv.errorsText(validate.errors)).toBe(true);

  // Polling with the ETag costs nothing until the argument changes.
  const etag = res.headers()["etag"]!;
  expect((await request.get(`/api/v1/arguments/${argument.id}`, { headers: { "If-None-Match": etag } })).status()).toBe(
    304,
  );
  await curate.update("argument", argument.id, { explanation: "A unit was threatened, and said so." });
  const changed = await request.get(`/api/v1/arguments/${argument.id}`, { headers: { "If-None-Match": etag } });
  expect(changed.status()).toBe(200);
  expect(((await changed.json()) as { explanation: string }).explanation).toBe("A unit was threatened, and said so.");

  // The same argument through search, as the header's suggestions ask for it.
  const suggest = page.waitForResponse((r) => r.url().includes("/api/v1/search/suggest?q="));
  await page.goto("/");
  await hydrated(page); // words typed before hydration never reach the suggestions
  await page.getByRole("banner").getByRole("combobox").pressSequentially(`drill ${ownCase.tag}`);
  const suggested = (await (await suggest).json()) as { id: string }[];
  expect(Array.isArray(suggested)).toBe(true);
  await expect(page.getByRole("listbox", { name: "Suggestions" }).getByRole("option").first()).toBeVisible();
});
