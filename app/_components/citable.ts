import "server-only";
import { bluebookDate } from "@/lib/bluebook";
import type { CitableWork } from "@/lib/citation-styles";
import { formatPartialDate } from "@/lib/dates";
import { argumentContext } from "@/lib/page-citation";
import { routes } from "@/lib/routes";
import {
  readArgument,
  readArgumentVersion,
  readArgumentVersions,
  readCase,
  readDocument,
  readPosition,
  readSource,
} from "@/server/public-reads";
import type { CitableVersion } from "./cite-this";
import { siteOrigin } from "./site-origin";

/** The pages with a "Cite this" panel, as the citation files' addresses name them. */
export const CITABLE_KINDS = ["case", "position", "argument", "source", "document"] as const;
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

/** An argument's published versions as the panel lists them. */
function citableVersions(id: string, versions: { version: number; publishedAt: Date; current: boolean }[]) {
  return versions.map((v) => ({
    version: v.version,
    published: bluebookDate(day(v.publishedAt)),
    href: routes.argumentVersion(id, v.version),
    current: v.current,
  }));
}

/** A page without versions: cited at its one address, with the day it last changed. */
function unversioned(
  kind: CitableKind,
  id: string,
  path: string,
  w: { title: string; context: string | null; day: string; fixedCase?: boolean },
): Citable {
  const url = `${siteOrigin()}${path}`;
  return { kind, id, permalink: url, versions: [], work: { key: keyOf(kind, id), url, ...w } };
}

async function argumentCitable(id: string, version?: number): Promise<Citable | null> {
  const origin = siteOrigin();
  const permalink = `${origin}${routes.argument(id)}`;
  if (version !== undefined) {
    const v = await readArgumentVersion(id, version);
    if (!v) return null;
    const url = `${origin}${routes.argumentVersion(id, v.version)}`;
    return {
      kind: "argument",
      id,
      permalink,
      versionPermalink: url,
      reading: v.version,
      versions: citableVersions(id, v.versions),
      work: {
        key: keyOf("argument", id, v.version),
        title: v.claim,
        context: argumentContext(v.position?.title ?? null, v.caseTitle),
        url,
        day: v.publishedOn,
        version: v.version,
      },
    };
  }
  const a = await readArgument(id);
  if (!a) return null;
  const versions = (await readArgumentVersions(id)) ?? [];
  const current = versions.find((v) => v.current);
  const context = argumentContext(a.positionTitle, a.caseTitle);
  if (!current) return unversioned("argument", id, routes.argument(id), { title: a.claim, context, day: a.updatedOn });
  const url = `${origin}${routes.argumentVersion(id, current.version)}`;
  return {
    kind: "argument",
    id,
    permalink,
    versionPermalink: url,
    reading: current.version,
    versions: citableVersions(id, versions),
    work: {
      key: keyOf("argument", id, current.version),
      title: a.claim,
      context,
      url,
      day: day(current.publishedAt),
      version: current.version,
    },
  };
}

/**
 * What "Cite this" offers for a published page, the same for every reader: the site's own
 * origin (never the request's), the version being read, and the day it last changed.
 * Null when there is no such published page (or version).
 */
export async function citable(kind: CitableKind, id: string, version?: number): Promise<Citable | null> {
  switch (kind) {
    case "argument":
      return argumentCitable(id, version);
    case "position": {
      const p = version === undefined ? await readPosition(id) : null;
      return p
        ? unversioned(kind, id, routes.position(id), {
            title: p.title,
            context: `Position in ${p.caseTitle}.`,
            day: p.updatedOn,
          })
        : null;
    }
    case "source": {
      const s = version === undefined ? await readSource(id) : null;
      return s
        ? unversioned(kind, id, routes.source(id), {
            title: `${s.shortTitle}, ${s.citation}`,
            context: "Legal source.",
            day: s.updatedOn,
            fixedCase: true,
          })
        : null;
    }
    case "case": {
      const c = version === undefined ? await readCase(id) : null;
      return c
        ? unversioned(kind, c.slug, routes.case(c.slug), {
            title: c.title,
            context: "A case of the explorer.",
            day: c.updatedOn,
          })
        : null;
    }
    case "document": {
      const d = version === undefined ? await readDocument(id) : null;
      if (!d) return null;
      const published = [d.publisher, d.publicationDate && formatPartialDate(d.publicationDate)]
        .filter(Boolean)
        .join(", ");
      return unversioned(kind, id, routes.document(id), {
        title: d.title,
        context: `The text${published ? ` as published (${published})` : ""}, in ${d.caseTitle}.`,
        day: d.updatedOn,
      });
    }
  }
}
