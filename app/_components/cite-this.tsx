import Link from "next/link";
import type { Route } from "next";
import {
  CITATION_FILE_FORMATS,
  CITATION_FILES,
  CITATION_STYLE_LABELS,
  CITATION_STYLES,
  formatCitation,
} from "@/lib/citation-styles";
import { pageCitation } from "@/lib/page-citation";
import { routes } from "@/lib/routes";
import type { Citable } from "./citable";
import { CitationStyles } from "./citation-styles";
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

const LABEL = "text-xs font-medium uppercase tracking-wide text-muted";

function Address({ label, url, copy = "Copy link" }: { label: string; url: string; copy?: string }) {
  return (
    <div className="space-y-1">
      <p className={LABEL}>{label}</p>
      <p className="break-all font-mono text-sm">{url}</p>
      <CopyButton text={url} label={copy} />
    </div>
  );
}

function Panel({ children }: { children: React.ReactNode }) {
  return (
    <Box as="section" pad="lg" aria-labelledby="cite-heading" className="space-y-3">
      <h2 id="cite-heading" className="font-serif text-lg font-semibold">
        Cite this
      </h2>
      {children}
    </Box>
  );
}

/**
 * How to cite what is on the page (app/_components/citable.ts builds what it shows): the
 * address of the version being read (which never changes), the address that always shows
 * the current version, the version being read cited in Bluebook, APA 7 and Chicago, the
 * same as BibTeX, RIS and CSL-JSON files, and the item's other published versions.
 */
export function CiteThis({ kind, id, permalink, versionPermalink, reading, versions, work }: Citable) {
  const styles = [
    { style: "bluebook" as const, text: pageCitation(work) },
    ...CITATION_STYLES.map((style) => ({ style, text: formatCitation(work, style) })),
  ].map((s) => ({ ...s, label: CITATION_STYLE_LABELS[s.style] }));
  return (
    <Panel>
      {versionPermalink && (
        <Address label={`This version (version ${reading})`} url={versionPermalink} copy="Copy this version’s link" />
      )}
      <Address label={versionPermalink ? "Always the current version" : "Permalink"} url={permalink} />
      <div className="space-y-1">
        <p className={LABEL} id="citation-label">
          Citation{reading ? ` of version ${reading}` : ""}
        </p>
        <CitationStyles styles={styles} labelledBy="citation-label" />
      </div>
      <div className="no-print space-y-1">
        <p className={LABEL}>For a reference manager</p>
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {CITATION_FILE_FORMATS.map((format) => (
            <li key={format}>
              {/* A file to save, not a page: a plain link, so the browser downloads it. */}
              <a
                href={routes.citationFile(kind, id, format, reading)}
                download
                aria-label={`${CITATION_FILES[format].label} file of this citation`}
              >
                {CITATION_FILES[format].label}
              </a>
            </li>
          ))}
        </ul>
      </div>
      {versions.length > 1 && (
        <div className="space-y-1">
          <p className={LABEL}>Published versions</p>
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
    </Panel>
  );
}

/** In place of "Cite this" on an editor's preview: a draft has no address to cite yet. */
export function NotYetCitable() {
  return (
    <Panel>
      <p className="text-sm text-muted">This is a preview. It can be cited once it is published.</p>
    </Panel>
  );
}
