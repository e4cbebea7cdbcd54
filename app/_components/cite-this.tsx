import Link from "next/link";
import type { Route } from "next";
import { CopyButton } from "./copy-button";
import { Box } from "./ui";

/** A published version of the item, for the list of versions a reader can cite. */
export interface CitableVersion {
  version: number;
  /** The day it was published, as a reader reads it ("Dec. 4, 2026"). */
  published: string;
  href: Route;
  current: boolean;
}

function Address({ label, url, copy = "Copy link" }: { label: string; url: string; copy?: string }) {
  return (
    <div className="space-y-1">
      <p className="text-xs font-medium uppercase tracking-wide text-muted">{label}</p>
      <p className="break-all font-mono text-sm">{url}</p>
      <CopyButton text={url} label={copy} />
    </div>
  );
}

/**
 * How to cite what is on the page: the address of the version being read (which never
 * changes), the address that always shows the current version, a citation of the version
 * being read, and the item's other published versions.
 */
export function CiteThis({
  permalink,
  versionPermalink,
  citation,
  versions = [],
  reading,
}: {
  /** The item's stable address: always its current version. */
  permalink: string;
  /** The address of the version being read, when versions are kept. */
  versionPermalink?: string;
  citation: string;
  versions?: CitableVersion[];
  /** The version on the page. */
  reading?: number;
}) {
  return (
    <Box as="section" pad="lg" aria-labelledby="cite-heading" className="space-y-3">
      <h2 id="cite-heading" className="font-serif text-lg font-semibold">
        Cite this
      </h2>
      {versionPermalink && (
        <Address label={`This version (version ${reading})`} url={versionPermalink} copy="Copy this version’s link" />
      )}
      <Address label={versionPermalink ? "Always the current version" : "Permalink"} url={permalink} />
      <div className="space-y-1">
        <p className="text-xs font-medium uppercase tracking-wide text-muted">Citation</p>
        <p className="text-sm">{citation}</p>
        <CopyButton text={citation} label="Copy citation" />
      </div>
      {versions.length > 1 && (
        <div className="space-y-1">
          <p className="text-xs font-medium uppercase tracking-wide text-muted">Published versions</p>
          <ol className="space-y-0.5 text-sm">
            {[...versions].reverse().map((v) => (
              <li key={v.version}>
                {v.version === reading ? (
                  <span className="font-semibold" aria-current="page">
                    Version {v.version}, {v.published}
                    {v.current ? " (current)" : ""}
                  </span>
                ) : (
                  <Link href={v.href}>
                    Version {v.version}, {v.published}
                    {v.current ? " (current)" : ""}
                  </Link>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </Box>
  );
}
