import { ENTITIES } from "./curation/entities";
import { routes } from "./routes";

/** One published change to an item with a page: what a feed entry says (read in db/queries/feed.ts). */
export interface AtomChange {
  /** The kinds of item a feed follows: those with a page of their own that a case is made of. */
  kind: "case" | "position" | "argument" | "legalSource" | "document" | "event" | "quote";
  /** The item's id (a case's slug, as its address uses). */
  id: string;
  /** The item's title now (what its page shows). */
  title: string;
  /** The item's version after the change; 1 for an item published as first written. */
  version: number;
  change: "published" | "revised";
  /** The fields a revision changed, by their labels ("Claim", "Explanation"); never their values. */
  changed: string[];
  at: Date;
}

const escapeXml = (text: string) =>
  text.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c]!);

/** The page of the item a change is to. */
export function pathOf(change: Pick<AtomChange, "kind" | "id">): string {
  switch (change.kind) {
    case "case":
      return routes.case(change.id);
    case "position":
      return routes.position(change.id);
    case "argument":
      return routes.argument(change.id);
    case "legalSource":
      return routes.source(change.id);
    case "document":
      return routes.document(change.id);
    case "event":
      return routes.event(change.id);
    case "quote":
      return routes.quote(change.id);
  }
}

/** "Revised: Claim, Explanation" or "Published", for a person scanning their reader. */
export function describeChange(change: AtomChange): string {
  const what = ENTITIES[change.kind].label;
  return change.change === "revised"
    ? `${what} revised (version ${change.version}): ${change.changed.join(", ")} changed.`
    : `${what} published.`;
}

/**
 * An Atom 1.0 feed (RFC 4287) of published changes. Entry ids are tag URIs (RFC 4151) of
 * the item and version, so a reader never shows one change twice and never merges two.
 */
export function atomFeed(feed: {
  origin: string;
  /** The feed's own path (rel="self") and the page it follows (rel="alternate"). */
  selfPath: string;
  pagePath: string;
  title: string;
  subtitle: string;
  /** When there are no entries: the date the feed says it was last updated. */
  fallbackUpdated: Date;
  entries: AtomChange[];
}): string {
  const host = new URL(feed.origin).hostname;
  const updated = feed.entries[0]?.at ?? feed.fallbackUpdated;
  const entry = (c: AtomChange) => {
    const url = `${feed.origin}${pathOf(c)}`;
    const verb = c.change === "revised" ? "Revised" : "Published";
    return [
      "  <entry>",
      `    <id>tag:${host},2021:${c.kind}/${escapeXml(c.id)}/v${c.version}</id>`,
      `    <title>${escapeXml(`${verb}: ${c.title}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
      `    <updated>${c.at.toISOString()}</updated>`,
      `    <category term="${c.kind}" label="${escapeXml(ENTITIES[c.kind].label)}"/>`,
      `    <summary>${escapeXml(describeChange(c))}</summary>`,
      "  </entry>",
    ].join("\n");
  };
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(`${feed.origin}${feed.selfPath}`)}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(`${feed.origin}${feed.selfPath}`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(`${feed.origin}${feed.pagePath}`)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    "  <author><name>War Powers Explorer</name></author>",
    ...feed.entries.map(entry),
    "</feed>",
    "",
  ].join("\n");
}
