import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { EntityType } from "@/lib/curation/entities";
import { E2E_ADMIN } from "./credentials";
import { CurationApi } from "./curation-api";

/** The seeded case: read-only tests may rely on it; no test changes it. */
export const SEED_CASE = "2021-syria-border-strikes";

/** Data a test made through the API, removed (soft-deleted) in reverse order when it ends. */
export class Curate extends CurationApi {
  readonly made: { type: EntityType; id: string }[] = [];

  /** Records a row the test made through the UI, so teardown removes it too. */
  track(type: EntityType, id: string) {
    this.made.push({ type, id });
  }

  override async create(type: EntityType, values: Record<string, unknown>, id?: string) {
    const created = await super.create(type, values, id);
    this.track(type, created.id);
    return created;
  }

  /** Creates and publishes in one step: what a reader sees. */
  async published(type: EntityType, values: Record<string, unknown>, id?: string) {
    const created = await this.create(type, values, id);
    return this.publish(type, created.id);
  }

  async cleanUp() {
    for (const { type, id } of this.made.reverse()) await this.remove(type, id);
  }
}

/** A published case of the test's own: an actor, a position holding a view, and an article. */
export interface OwnCase {
  tag: string;
  slug: string;
  title: string;
  actor: { id: string; name: string };
  position: { id: string; title: string };
  document: { id: string; text: string };
}

/** The site's origin as the server knows it (SITE_URL): robots.txt names the sitemap there. */
export async function siteOrigin(request: { get: (url: string) => Promise<{ text: () => Promise<string> }> }) {
  const robots = await (await request.get("/robots.txt")).text();
  return new URL(robots.match(/^Sitemap: (\S+)$/m)![1]!).origin;
}

/** The article of an own case; its sentences carry the tag so quotes made from them are unique. */
export const ownArticle = (tag: string) =>
  `Officials said the drill ${tag} ended at dusk. A spokesman said no one was hurt in drill ${tag}. Lawmakers asked for a briefing.`;

async function makeOwnCase(curate: Curate, tag: string): Promise<OwnCase> {
  const slug = `e2e-${tag}`;
  const title = `Test case ${tag}`;
  await curate.published("case", { slug, title, summary: `A case made for one test (${tag}).` });
  const actor = await curate.published(
    "actor",
    { name: `Pat Tester ${tag}`, kind: "person", role: "Spokesman" },
    `pat-${tag}`,
  );
  const position = await curate.published(
    "position",
    {
      caseId: slug,
      title: `Position ${tag} on the drill`,
      summary: "It holds a view on the drill.",
      stance: "contested",
      legalFrame: "domestic",
      holders: [actor.id],
    },
    `p-${tag}`,
  );
  const text = ownArticle(tag);
  const document = await curate.published(
    "document",
    { caseId: slug, isCaseArticle: true, kind: "news_article", title: `Report on drill ${tag}`, language: "en", text },
    `doc-${tag}`,
  );
  return {
    tag,
    slug,
    title,
    actor: { id: actor.id, name: String(actor.values.name) },
    position: { id: position.id, title: String(position.values.title) },
    document: { id: document.id, text },
  };
}

/** Fails the test on an unexpected console error or uncaught page error in any page of the context. */
function watchConsole(context: BrowserContext) {
  const errors: string[] = [];
  context.on("console", (msg) => {
    if (msg.type() === "error") errors.push(msg.text());
  });
  context.on("weberror", (error) => errors.push(error.error().message));
  return () => {
    // Expected refusals (404 pages, rejected input, a wrong password, a save conflict) are logged by the browser, not by the app.
    const unexpected = errors.filter(
      (e) => !/Failed to load resource: the server responded with a status of (400|401|404|409)\b/.test(e),
    );
    expect(unexpected, "console errors").toEqual([]);
  };
}

/** Applies E2E_CPU_THROTTLE to every page the context opens. */
function throttle(context: BrowserContext) {
  const rate = Number(process.env.E2E_CPU_THROTTLE || 1);
  if (rate > 1)
    context.on(
      "page",
      (page) => void context.newCDPSession(page).then((cdp) => cdp.send("Emulation.setCPUThrottlingRate", { rate })),
    );
}

async function newAdminContext(browser: Browser, storageState: Awaited<ReturnType<BrowserContext["storageState"]>>) {
  const context = await browser.newContext({ storageState });
  throttle(context);
  return context;
}

type TestFixtures = {
  consoleErrors: void;
  cpuThrottle: void;
  /** A word unique to this test and repeat, for ids and titles: never collides with another test's data. */
  tag: string;
  curate: Curate;
  ownCase: OwnCase;
  /** A page in a context signed in as the e2e admin (cookie from an API sign-in, not the form). */
  adminPage: Page;
  /** Opens further signed-in windows (a second editor); each is checked for console errors and closed. */
  adminWindow: () => Promise<Page>;
};
type WorkerFixtures = { adminState: Awaited<ReturnType<BrowserContext["storageState"]>> };

let sequence = 0;

export const test = base.extend<TestFixtures, WorkerFixtures>({
  /**
   * E2E_CPU_THROTTLE=4 slows the page's CPU fourfold (Chromium's DevTools throttling), to
   * reproduce on a quiet machine what a busy one does to hydration, debounces and timers.
   */
  cpuThrottle: [
    async ({ context }, provide) => {
      throttle(context);
      await provide();
    },
    { auto: true },
  ],
  consoleErrors: [
    async ({ context }, provide) => {
      const check = watchConsole(context);
      await provide();
      check();
    },
    { auto: true },
  ],
  tag: async ({}, provide, testInfo) => {
    sequence += 1;
    const random = Math.floor(Math.random() * 36 ** 4).toString(36);
    await provide(
      `t${testInfo.workerIndex}x${testInfo.repeatEachIndex}x${sequence}x${Date.now().toString(36)}${random}`,
    );
  },
  curate: async ({ playwright, adminState, baseURL }, provide) => {
    const request = await playwright.request.newContext({ baseURL, storageState: adminState });
    const curate = new Curate(request, new URL(baseURL!).origin);
    await provide(curate);
    await curate.cleanUp();
    await request.dispose();
  },
  ownCase: async ({ curate, tag }, provide) => {
    await provide(await makeOwnCase(curate, tag));
  },
  adminState: [
    async ({ playwright }, provide, workerInfo) => {
      const baseURL = workerInfo.project.use.baseURL!;
      const request = await playwright.request.newContext({ baseURL });
      await CurationApi.signedIn(request, new URL(baseURL).origin);
      await provide(await request.storageState());
      await request.dispose();
    },
    { scope: "worker" },
  ],
  adminWindow: async ({ browser, adminState }, provide) => {
    const opened: { context: BrowserContext; check: () => void }[] = [];
    await provide(async () => {
      const context = await newAdminContext(browser, adminState);
      opened.push({ context, check: watchConsole(context) });
      return context.newPage();
    });
    for (const { context, check } of opened) {
      check();
      await context.close();
    }
  },
  adminPage: async ({ adminWindow }, provide) => {
    await provide(await adminWindow());
  },
});

export { expect };

/**
 * Resolves once React has hydrated the page: every form control carries its handlers. Before
 * that, a click or typed words land on the server's HTML and are lost, which a busy machine
 * turns into a flaky test; a user would see the same page, so the test waits instead.
 */
export async function hydrated(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(() => {
          const controls = [...document.querySelectorAll("button, input, select, textarea")];
          return (
            controls.length > 0 && controls.every((el) => Object.keys(el).some((k) => k.startsWith("__reactProps$")))
          );
        }),
      { message: "the page hydrates" },
    )
    .toBe(true);
}

/** Signs in as the e2e admin on the sign-in page the browser is on, as a person would. */
export async function signInHere(page: Page) {
  await page.getByLabel("Email").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill(E2E_ADMIN.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

/** Opens an address and waits until the page answers to input. */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await hydrated(page);
}

/**
 * Picks a row in a search-as-you-type field: types, waits until the list shows the matches
 * for those words (not the list for what was there before the debounce ran), then clicks.
 */
export async function pick(page: Page, label: string, typed: string, option: RegExp) {
  await page.getByRole("combobox", { name: label, exact: true }).fill(typed);
  const list = page.getByRole("listbox", { name: `${label}: suggestions`, exact: true });
  await expect
    .poll(
      async () => {
        const texts = await list.getByRole("option").allTextContents();
        return texts.length > 0 && texts.every((t) => t.toLowerCase().includes(typed.toLowerCase()));
      },
      { message: `suggestions for “${typed}”` },
    )
    .toBe(true);
  await list.getByRole("option", { name: option }).first().click();
  await expect(list).toBeHidden();
}

/**
 * A step that costs far more than a click brings its own time to the test's budget, so a
 * test's timeout grows with the work it does rather than being set by hand. An axe scan of
 * a dense page takes 3–5 s on a quiet machine and over 15 s with both workers and the
 * server sharing two busy cores.
 */
function budgetFor(step: "scan" | "screenshot") {
  const info = test.info();
  info.setTimeout(info.timeout + (step === "scan" ? 20_000 : 10_000));
}

/**
 * axe-core must find no serious or critical WCAG 2.1 A/AA violation. It waits for the page
 * to have its title first: right after a client-side navigation the address has changed
 * while the new page (and its title) may still be on its way.
 */
export async function expectAccessible(page: Page) {
  budgetFor("scan");
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(
    serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`),
    "serious or critical accessibility violations",
  ).toEqual([]);
}

/** Saves a full-page screenshot as a test artifact (test-results/screenshots), never committed. */
export async function saveScreenshot(page: Page, name: string) {
  budgetFor("screenshot");
  for (const [label, width] of [
    ["phone", 360],
    ["desktop", 1280],
  ] as const) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `test-results/screenshots/${name}-${label}.png`, fullPage: true });
  }
}
