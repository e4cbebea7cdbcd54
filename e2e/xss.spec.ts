import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { CONTEXT_LENGTH } from "@/lib/anchoring";
import type { EntityType } from "@/lib/curation/entities";
import { ApiError } from "./curation-api";
import { type Curate, expect, hydrated, test } from "./fixtures";

/*
 * Stored XSS: markup and script saved through curation and through the JSON import, published,
 * must come back as text on every public page and as data in every export. A dialog is what a
 * payload that ran would show, so any dialog fails the test; injected elements are looked for too.
 */

/** A payload naming where it was stored: script, an event handler, an SVG onload. */
const hostile = (tag: string, where: string) =>
  `${where}-${tag} <script>alert("${where}")</script><img src=x onerror=alert("${where}")><svg onload=alert("${where}")>`;
const JS_URL = "javascript:alert(document.domain)";
const QUOTE = (tag: string) => `the strike ${tag} was lawful`;

interface Hostile {
  tag: string;
  slug: string;
  ids: {
    actor: string;
    law: string;
    document: string;
    positionA: string;
    positionB: string;
    argument: string;
    rebuttal: string;
    event: string;
    quote: string;
    anchor: string;
  };
  /** url fields a javascript: address was tried in, and what the API did with it. */
  jsUrls: { field: string; outcome: "refused" | "stored" }[];
}

/** Tries a javascript: address in a url field: refused at save is the expected outcome; stored means rendering must neutralise it. */
async function tryJsUrl(curate: Curate, type: EntityType, id: string, field: string): Promise<"refused" | "stored"> {
  try {
    await curate.update(type, id, { [field]: JS_URL });
    return "stored";
  } catch (error) {
    if (error instanceof ApiError && error.code === "BAD_REQUEST" && error.fieldErrors[field]) return "refused";
    throw error;
  }
}

/** Every publicly rendered text field of every kind of content, filled with a payload, published. */
async function makeHostileCase(curate: Curate, tag: string): Promise<Hostile> {
  const p = (where: string) => hostile(tag, where);
  const slug = `xss-${tag}`;
  const ids = {
    actor: `xss-actor-${tag}`,
    law: `xss-law-${tag}`,
    document: `doc-xss-${tag}`,
    positionA: `p-xss-a-${tag}`,
    positionB: `p-xss-b-${tag}`,
    argument: `a-xss-${tag}`,
    rebuttal: `a-xss-rebuttal-${tag}`,
    event: `e-xss-${tag}`,
    quote: `q-xss-${tag}`,
    anchor: "",
  };
  await curate.published("case", {
    slug,
    title: p("case-title"),
    summary: p("case-summary"),
    dateNote: p("case-date-note"),
    startDate: "2021-02-15",
    endDate: "2021-02-27",
  });
  await curate.published(
    "actor",
    {
      name: p("actor-name"),
      kind: "person",
      role: p("actor-role"),
      affiliation: p("actor-affiliation"),
      summary: p("actor-summary"),
    },
    ids.actor,
  );
  await curate.published(
    "legalSource",
    {
      kind: "case",
      shortTitle: p("law-title"),
      citation: "Payload v. Script, 1 U.S. 1 (2000)",
      citationNote: p("law-citation-note"),
      date: "2000",
      datePrecision: "year",
      dateNote: p("law-date-note"),
      url: "https://example.org/law",
      urlNote: p("law-url-note"),
      summary: p("law-summary"),
      verification: "checked",
    },
    ids.law,
  );
  // At the pinpoint the argument below cites: it shows beside that citation and on the source's page.
  await curate.published("keyPassage", {
    legalSourceId: ids.law,
    pinpoint: "at 1",
    opinion: p("passage-opinion"),
    text: p("passage-text"),
    verification: "checked",
  });
  const text = `Before the strike. ${p("document-text")} A spokesman said ${QUOTE(tag)}. After the strike.`;
  await curate.published(
    "document",
    {
      caseId: slug,
      isCaseArticle: true,
      kind: "news_article",
      title: p("document-title"),
      titleNote: p("document-title-note"),
      publisher: p("document-publisher"),
      dateNote: p("document-date-note"),
      language: "en",
      text,
      url: "https://example.org/article",
    },
    ids.document,
  );
  await curate.published(
    "event",
    {
      caseId: slug,
      title: p("event-title"),
      kind: "attack",
      date: "2021-02-20",
      datePrecision: "day",
      summary: p("event-summary"),
      place: p("event-place"),
      timeZoneNote: p("event-time-zone"),
      dateNote: p("event-date-note"),
      actors: [ids.actor],
      legalSources: [ids.law],
    },
    ids.event,
  );
  await curate.published(
    "quote",
    {
      caseId: slug,
      speakerId: ids.actor,
      text: QUOTE(tag),
      date: "2021-02-26",
      datePrecision: "day",
      textNote: p("quote-text-note"),
      attributionNote: p("quote-attribution-note"),
      reportedBy: p("quote-reported-by"),
      sourceUrl: "https://example.org/quote",
      events: [ids.event],
    },
    ids.quote,
  );
  const at = text.indexOf(QUOTE(tag));
  const anchored = await curate.call<{ anchor: { id: string } }>("mutation", "curation.anchorSelection", {
    documentId: ids.document,
    start: at,
    end: at + QUOTE(tag).length,
    owner: { type: "quote", id: ids.quote },
  });
  ids.anchor = anchored.anchor.id;
  curate.track("anchor", ids.anchor);
  await curate.publish("anchor", ids.anchor);
  await curate.published(
    "position",
    {
      caseId: slug,
      title: p("position-a-title"),
      summary: p("position-a-summary"),
      stance: "unlawful",
      legalFrame: "domestic",
      holders: [ids.actor],
    },
    ids.positionA,
  );
  await curate.published(
    "position",
    {
      caseId: slug,
      title: p("position-b-title"),
      summary: p("position-b-summary"),
      stance: "lawful",
      legalFrame: "domestic",
    },
    ids.positionB,
  );
  await curate.published(
    "argument",
    {
      positionId: ids.positionA,
      claim: p("argument-claim"),
      explanation: p("argument-explanation"),
      derivedFrom: p("argument-derived-from"),
      placementNote: p("argument-placement-note"),
      attributedTo: [ids.actor],
      events: [ids.event],
      quotes: [ids.quote],
    },
    ids.argument,
  );
  await curate.published(
    "argument",
    { positionId: ids.positionB, claim: p("rebuttal-claim"), explanation: p("rebuttal-explanation") },
    ids.rebuttal,
  );
  const relation = await curate.create("relation", {
    fromArgumentId: ids.rebuttal,
    kind: "rebuts",
    toArgumentId: ids.argument,
    note: p("relation-note"),
  });
  await curate.publish("relation", relation.id);
  const citation = await curate.create("citation", {
    argumentId: ids.argument,
    legalSourceId: ids.law,
    pinpoint: "at 1",
    use: "relies_on",
    note: p("citation-note"),
  });
  await curate.publish("citation", citation.id);
  const clash = await curate.published("clash", { caseId: slug, question: p("clash-question") });
  for (const [side, position, argument] of [
    ["yes", ids.positionA, ids.argument],
    ["no", ids.positionB, ids.rebuttal],
  ] as const) {
    const made = await curate.create("clashSide", {
      clashId: clash.id,
      label: p(`clash-side-${side}`),
      positions: [position],
      arguments: [argument],
    });
    await curate.publish("clashSide", made.id);
  }
  await curate.published("prompt", { caseId: slug, prompt: p("prompt"), clashes: [clash.id] });

  const jsUrls = [];
  for (const [type, id, field] of [
    ["legalSource", ids.law, "url"],
    ["legalSource", ids.law, "mirrorUrl"],
    ["document", ids.document, "url"],
    ["quote", ids.quote, "sourceUrl"],
  ] as const) {
    jsUrls.push({ field: `${type}.${field}`, outcome: await tryJsUrl(curate, type, id, field) });
  }
  return { tag, slug, ids, jsUrls };
}

/** Fails on any dialog: a payload that ran would open one. */
function guardDialogs(page: Page) {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()} on ${page.url()}`);
    void dialog.dismiss();
  });
  return dialogs;
}

/** No element the payloads would inject, no handler attribute, no address that runs script. */
async function expectInert(page: Page, tag: string) {
  const found = await page.evaluate((tag) => {
    const all = [...document.querySelectorAll("*")];
    return {
      injectedScripts: [...document.scripts].filter((s) => s.textContent!.trim().startsWith("alert(")).length,
      injectedImages: document.querySelectorAll('img[src="x"]').length,
      injectedSvg: [...document.querySelectorAll("svg")].filter((s) => s.getAttribute("onload")).length,
      handlers: all
        .filter((el) => [...el.attributes].some((a) => a.name.startsWith("on") && /alert/.test(a.value)))
        .map((el) => el.outerHTML.slice(0, 120)),
      scriptUrls: all
        .flatMap((el) =>
          ["href", "src", "action", "formaction", "xlink:href", "data"].map((name) => el.getAttribute(name) ?? ""),
        )
        .filter((v) => /^\s*javascript:/i.test(v) && /alert/.test(v)),
      // The payload's own words are on the page as text, so it was stored and shown, not dropped.
      shownAsText: document.body.innerText.includes(`-${tag} <script>alert(`),
    };
  }, tag);
  expect(found, page.url()).toEqual({
    injectedScripts: 0,
    injectedImages: 0,
    injectedSvg: 0,
    handlers: [],
    scriptUrls: [],
    shownAsText: true,
  });
}

/** Opens a public page, lets its client code run, and checks what the payloads became. */
async function visit(page: Page, path: string, tag: string, shows: string[]) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await hydrated(page);
  for (const text of shows)
    await expect(
      page.getByText(text, { exact: false }).filter({ visible: true }).first(),
      `${path} shows ${text.slice(0, 30)}… as text`,
    ).toBeVisible();
  await expectInert(page, tag);
}

/** An export must download as data: never a type a browser renders, always an attachment, never sniffed. */
async function expectDownloadOnly(page: Page, href: string) {
  const response = await page.request.get(href);
  expect(response.status(), href).toBe(200);
  const headers = response.headers();
  expect(headers["content-type"], href).not.toMatch(/html|xml|svg|javascript/i);
  expect(headers["content-disposition"], href).toMatch(/^attachment;/);
  expect(headers["x-content-type-options"], href).toBe("nosniff");
  const body = await response.text();
  if (/json/.test(headers["content-type"]!)) expect(() => JSON.parse(body), href).not.toThrow();
  return body;
}

const PAGES = (h: Hostile) => {
  const p = (where: string) => hostile(h.tag, where);
  return [
    ["/", [p("case-title"), p("case-summary")]],
    [
      `/cases/${h.slug}`,
      [
        p("case-title"),
        p("case-summary"),
        p("position-a-title"),
        p("argument-claim"),
        p("clash-question"),
        p("event-title"),
      ],
    ],
    [`/cases/${h.slug}/timeline`, [p("event-title"), p("event-summary"), p("event-place")]],
    [`/cases/${h.slug}/article#${h.ids.anchor}`, [p("document-title"), p("document-text"), p("actor-name")]],
    [`/documents/${h.ids.document}`, [p("document-title"), p("document-text")]],
    [
      `/cases/${h.slug}/compare?positions=${h.ids.positionA},${h.ids.positionB}&order=1`,
      [p("position-a-title"), p("position-b-title"), p("clash-question"), p("clash-side-yes"), p("prompt")],
    ],
    [`/cases/${h.slug}/map?view=outline`, [p("position-a-title"), p("argument-claim")]],
    [`/positions/${h.ids.positionA}`, [p("position-a-title"), p("position-a-summary"), p("argument-claim")]],
    [
      `/arguments/${h.ids.argument}`,
      [p("argument-claim"), p("argument-explanation"), p("law-title"), p("rebuttal-claim")],
    ],
    [`/sources?text=${h.tag}`, [p("law-title")]],
    [`/sources/${h.ids.law}`, [p("law-title"), p("law-summary"), p("argument-claim")]],
    [`/actors/${h.ids.actor}`, [p("actor-name"), p("actor-role")]],
    [`/search?q=${h.tag}`, [`-${h.tag}`]],
  ] as const;
};

test("payloads saved through curation render as text on every public page and download as data", async ({
  page,
  curate,
  tag,
}) => {
  test.setTimeout(120_000);
  const dialogs = guardDialogs(page);
  const h = await makeHostileCase(curate, tag);
  console.info(`javascript: addresses at save: ${h.jsUrls.map((u) => `${u.field} ${u.outcome}`).join(", ")}`);
  for (const u of h.jsUrls) expect(["refused", "stored"]).toContain(u.outcome);

  for (const [path, shows] of PAGES(h)) await visit(page, path, tag, [...shows]);

  // The map draws its nodes in the browser, from the same titles.
  await page.goto(`/cases/${h.slug}/map`);
  await expect(page.getByTestId("map-canvas").locator(".react-flow__node").first()).toBeVisible();
  // Nodes may shorten a long claim, so the node is found by the payload's start.
  await expect(
    page
      .getByTestId("map-canvas")
      .getByText(`argument-claim-${tag} <script>`, { exact: false })
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
  await expectInert(page, tag);

  // The header's suggestions are rendered by a client island from search results.
  await page.goto("/");
  await hydrated(page);
  await page.getByRole("banner").getByRole("combobox").fill(tag);
  await expect(
    page
      .getByRole("listbox", { name: "Suggestions" })
      .getByRole("option")
      .filter({ hasText: `-${tag} <script>alert(` })
      .first(),
  ).toBeVisible();
  await expectInert(page, tag);

  // Every export link on the case, source and argument pages downloads, and none is a document a browser would render.
  const exports = new Set<string>();
  for (const path of [`/cases/${h.slug}`, `/sources/${h.ids.law}`, `/arguments/${h.ids.argument}`]) {
    await page.goto(path);
    for (const link of await page.locator('a[href^="/api/export/"]').all())
      exports.add((await link.getAttribute("href"))!);
  }
  expect(exports.size).toBeGreaterThanOrEqual(9);
  for (const href of exports) {
    const body = await expectDownloadOnly(page, href);
    expect(body, `${href} carries the stored text as data`).toContain(tag);
  }
  await page.goto(`/cases/${h.slug}`);
  const first = page.getByRole("region", { name: "Data for researchers" }).getByRole("link").first();
  const [download] = await Promise.all([page.waitForEvent("download"), first.click()]);
  expect(readFileSync((await download.path())!, "utf8")).toContain(tag);
  console.info(`pages checked: ${PAGES(h).length + 2}, exports checked: ${exports.size}`);
  expect(dialogs).toEqual([]);
});

test("payloads brought in by the JSON import render as text once published", async ({
  adminPage: page,
  curate,
  tag,
}) => {
  test.setTimeout(120_000);
  const dialogs = guardDialogs(page);
  const source = await makeHostileCase(curate, tag);
  // The hostile case's own export, every id and text moved to a second tag: a file of new rows.
  const exported = await (await page.request.get(`/api/export/cases/${source.slug}/json`)).text();
  const tag2 = `${tag}i`;
  const file = JSON.parse(exported.replaceAll(tag, tag2));
  // The texts grew by the second tag: digests and anchor offsets follow them (the texts are ASCII, so code units are code points).
  for (const d of file.documents) d.sha256 = createHash("sha256").update(d.text, "utf8").digest("hex");
  for (const a of file.anchors) {
    const text: string = file.documents.find((d: { id: string }) => d.id === a.documentId).text;
    a.start = text.indexOf(a.exact);
    a.end = a.start + a.exact.length;
    a.prefix = text.slice(Math.max(0, a.start - CONTEXT_LENGTH), a.start);
    a.suffix = text.slice(a.end, a.end + CONTEXT_LENGTH);
  }
  // javascript: addresses arrive through the import too: refused in the check, or stored and made inert.
  file.legalSources[0].url = JS_URL;
  file.documents[0].url = JS_URL;
  file.quotes[0].sourceUrl = JS_URL;

  const imported = {
    case: [file.case.id],
    document: file.documents.map((r: { id: string }) => r.id),
    anchor: file.anchors.map((r: { id: string }) => r.id),
    actor: file.actors.map((r: { id: string }) => r.id),
    legalSource: file.legalSources.map((r: { id: string }) => r.id),
    position: file.positions.map((r: { id: string }) => r.id),
    argument: file.arguments.map((r: { id: string }) => r.id),
    citation: file.citations.map((r: { id: string }) => r.id),
    relation: file.argumentRelations.map((r: { id: string }) => r.id),
    event: file.events.map((r: { id: string }) => r.id),
    quote: file.quotes.map((r: { id: string }) => r.id),
    clash: file.clashes.map((r: { id: string }) => r.id),
    clashSide: file.clashSides.map((r: { id: string }) => r.id),
    prompt: file.prompts.map((r: { id: string }) => r.id),
  } satisfies Partial<Record<EntityType, string[]>>;
  for (const [type, list] of Object.entries(imported))
    for (const id of list) curate.track(type as EntityType, String(id));

  const check = async (json: unknown) => {
    await page
      .getByLabel(/A case exported as JSON/)
      .setInputFiles({ name: "hostile.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(json)) });
    await page.getByRole("button", { name: "Check (changes nothing)" }).click();
    const ready = page.getByRole("heading", { name: "hostile.json is ready to import" });
    const refused = page.getByRole("status").filter({ hasText: "nothing imported" });
    await expect(ready.or(refused)).toBeVisible();
    return (await ready.isVisible()) ? null : await refused.innerText();
  };
  await page.goto("/admin/import");
  await hydrated(page);
  const problems = await check(file);
  if (problems !== null) {
    // Refused: every problem is one of the javascript: addresses, and none is left after making them https.
    console.info(`import refused the javascript: addresses: ${problems.replace(/\s+/g, " ").slice(0, 300)}`);
    for (const path of ["/legalSources/0/url", "/documents/0/url", "/quotes/0/sourceUrl"])
      expect(problems).toContain(path);
    file.legalSources[0].url = "https://example.org/law";
    file.documents[0].url = "https://example.org/article";
    file.quotes[0].sourceUrl = "https://example.org/quote";
    expect(await check(file)).toBeNull();
  } else {
    console.info("import accepted the javascript: addresses; the pages must render them inert");
  }
  await page.getByRole("button", { name: "Import as drafts" }).click();
  await expect(page.getByRole("heading", { name: "Imported hostile.json" })).toBeVisible();
  let published = 0;
  for (const [type, list] of Object.entries(imported)) {
    for (const id of list) {
      await curate.publish(type as EntityType, String(id));
      published += 1;
    }
  }
  console.info(`imported and published ${published} rows`);

  const h: Hostile = {
    ...source,
    tag: tag2,
    slug: file.case.slug,
    ids: Object.fromEntries(Object.entries(source.ids).map(([k, v]) => [k, v.replaceAll(tag, tag2)])) as Hostile["ids"],
  };
  const reader = await page.context().newPage();
  const readerDialogs = guardDialogs(reader);
  for (const [path, shows] of PAGES(h)) await visit(reader, path, tag2, [...shows]);
  await reader.close();
  expect([...dialogs, ...readerDialogs]).toEqual([]);
});
