import "server-only";
import { bluebookDate } from "@/lib/bluebook";
import type { CitableWork } from "@/lib/citation-styles";
import { formatPartialDate } from "@/lib/dates";
import { argumentContext, quoteTitle } from "@/lib/page-citation";
import { routes } from "@/lib/routes";
import {
  readArgument,
  readArgumentVersion,
  readArgumentVersions,
  readCase,
  readDocument,
  readEvent,
  readPosition,
  readItemVersion,
  readItemVersions,
  readQuote,
  readSource,
} from "@/server/public-reads";
import type { Route } from "next";
import type { CitableVersion } from "./cite-this";
import { siteOrigin } from "./site-origin";

/** The pages with a "Cite this" panel, as the citation files' addresses name them. */
export const CITABLE_KINDS = ["case", "position", "argument", "source", "document", "event", "quote"] as const;
export type CitableKind = (typeof CITABLE_KINDS)[number];

/** Everything "Cite this" shows for a page, and what its citation files are made from. */
export interface Citable {
  kind: CitableKind;
  id: string;
  /** The item's stable address: always its current version. */
  permalink: string;
  /** The address of the version cited, when versions are kept. */
  versionPermalink?: string;
  /** The version cited (the one on the page). */
  reading?: number;
  versions: CitableVersion[];
  /** The work cited: the version being read when there are versions. */
  work: CitableWork & { context: string | null };
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const keyOf = (kind: CitableKind, id: string, version?: number) =>
  `wpe-${kind}-${id}${version === undefined ? "" : `-v${version}`}`;

/** An item's published versions as the panel lists them. */
function citableVersions(
  versions: { version: number; publishedAt: Date; current: boolean }[],
  href: (version: number) => Route,
): CitableVersion[] {
  return versions.map((v) => ({
    version: v.version,
    published: bluebookDate(day(v.publishedAt)),
    href: href(v.version),
    current: v.current,
  }));
}

/**
 * The panel for an item, cited at the version being read: its stable address, the version's
 * own, the versions to list, and the work as described.
 */
function assemble(
  kind: CitableKind,
  pageId: string,
  page: Route,
  versionHref: (version: number) => Route,
  versions: PublishedVersion[],
  reading: number | undefined,
  d: { title: string; context: string | null; fixedCase?: boolean },
): Citable | null {
  const at = versions.find((x) => x.version === reading);
  if (!at) return null;
  const origin = siteOrigin();
  const url = `${origin}${versionHref(at.version)}`;
  return {
    kind,
    id: pageId,
    permalink: `${origin}${page}`,
    versionPermalink: url,
    reading: at.version,
    versions: citableVersions(versions, versionHref),
    work: { key: keyOf(kind, pageId, at.version), url, day: day(at.publishedAt), version: at.version, ...d },
  };
}

type PublishedVersion = { version: number; publishedAt: Date; current: boolean };
const currentOf = (versions: PublishedVersion[]) => versions.find((v) => v.current)?.version;

async function argumentCitable(id: string, version?: number): Promise<Citable | null> {
  const href = (n: number) => routes.argumentVersion(id, n);
  if (version !== undefined) {
    const v = await readArgumentVersion(id, version);
    return (
      v &&
      assemble("argument", id, routes.argument(id), href, v.versions, v.version, {
        title: v.claim,
        context: argumentContext(v.position?.title ?? null, v.caseTitle),
      })
    );
  }
  const a = await readArgument(id);
  if (!a) return null;
  const versions = (await readArgumentVersions(id)) ?? [];
  return assemble("argument", id, routes.argument(id), href, versions, currentOf(versions), {
    title: a.claim,
    context: argumentContext(a.positionTitle, a.caseTitle),
  });
}

type ItemKind = Exclude<CitableKind, "argument">;

/** What a page cites of an item, now or at a version: the fields its citation is made of. */
interface Shown {
  title: string;
  caseTitle: string | null;
  citation?: string | null;
  speaker?: string | null;
  publisher?: string | null;
  date?: string | null;
}

/** The title and the sentence on where it belongs, for each kind. */
function described(kind: ItemKind, r: Shown): { title: string; context: string | null; fixedCase?: boolean } {
  switch (kind) {
    case "case":
      return { title: r.title, context: "A case of the explorer." };
    case "position":
      return { title: r.title, context: `Position in ${r.caseTitle}.` };
    case "event":
      return { title: r.title, context: `Event in ${r.caseTitle}.` };
    case "source":
      // A Bluebook citation keeps its capitals under any style.
      return { title: `${r.title}, ${r.citation}`, context: "Legal source.", fixedCase: true };
    case "quote":
      // The words are verbatim: no style may recase them.
      return {
        title: quoteTitle(r.speaker ?? "Unknown speaker", r.title),
        context: `Quote in ${r.caseTitle}.`,
        fixedCase: true,
      };
    case "document": {
      const published = [r.publisher, r.date && formatPartialDate(r.date)].filter(Boolean).join(", ");
      return {
        title: r.title,
        context: `The text${published ? ` as published (${published})` : ""}, in ${r.caseTitle}.`,
      };
    }
  }
}

/** What the item's page shows now, and the id its addresses use (a case's slug). */
async function current(kind: ItemKind, id: string): Promise<{ pageId: string; shown: Shown } | null> {
  switch (kind) {
    case "case": {
      const c = await readCase(id);
      return c && { pageId: c.slug, shown: { title: c.title, caseTitle: null } };
    }
    case "position": {
      const p = await readPosition(id);
      return p && { pageId: p.id, shown: { title: p.title, caseTitle: p.caseTitle } };
    }
    case "source": {
      const s = await readSource(id);
      return s && { pageId: s.id, shown: { title: s.shortTitle, citation: s.citation, caseTitle: null } };
    }
    case "event": {
      const e = await readEvent(id);
      return e && { pageId: e.id, shown: { title: e.title, caseTitle: e.caseTitle } };
    }
    case "quote": {
      const q = await readQuote(id);
      return q && { pageId: q.id, shown: { title: q.text, speaker: q.speaker.name, caseTitle: q.caseTitle } };
    }
    case "document": {
      const d = await readDocument(id);
      return (
        d && {
          pageId: d.id,
          shown: { title: d.title, publisher: d.publisher, date: d.publicationDate, caseTitle: d.caseTitle },
        }
      );
    }
  }
}

/** A case, position, legal source, event, quote or document: cited at the version being read. */
async function itemCitable(kind: ItemKind, id: string, version?: number): Promise<Citable | null> {
  const now = version === undefined ? await current(kind, id) : null;
  const v = version === undefined ? null : await readItemVersion(kind, id, version);
  if (!now && !v) return null;
  const pageId = now?.pageId ?? v!.pageId;
  const versions = v?.versions ?? (await readItemVersions(kind, pageId)) ?? [];
  const shown: Shown = now?.shown ?? {
    title: v!.values.title,
    citation: v!.values.citation,
    speaker: v!.speaker?.name,
    publisher: v!.values.publisher,
    date: v!.values.date,
    caseTitle: v!.caseTitle,
  };
  return assemble(
    kind,
    pageId,
    routes.itemPage(kind, pageId),
    (n) => routes.itemVersion(kind, pageId, n),
    versions,
    v?.version ?? currentOf(versions),
    described(kind, shown),
  );
}

/**
 * What "Cite this" offers for a published page, the same for every reader: the site's own
 * origin (never the request's), the version being read (the current one on the item's own
 * page), and the day that version was published. Null when there is no such published page
 * (or version).
 */
export async function citable(kind: CitableKind, id: string, version?: number): Promise<Citable | null> {
  return kind === "argument" ? argumentCitable(id, version) : itemCitable(kind, id, version);
}
