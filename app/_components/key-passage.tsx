import { CopyButton } from "./copy-button";

export interface KeyPassageView {
  id: string;
  pinpoint: string;
  opinion: string | null;
  text: string;
  verification: "checked" | "background";
  /** The source's Bluebook citation at this pinpoint (and opinion). */
  citation: string;
}

/** The element id a passage has on its source's page, so citations can link to it. */
export const passageAnchor = (id: string) => `passage-${id}`;

/**
 * A source's own words at a pinpoint, with where they come from and a button that copies
 * them with their citation. `compact` is the form shown beside an argument's citation.
 */
export function KeyPassage({ passage: p, compact = false }: { passage: KeyPassageView; compact?: boolean }) {
  return (
    <figure id={compact ? undefined : passageAnchor(p.id)} className={compact ? "space-y-1" : "scroll-mt-24 space-y-2"}>
      <blockquote
        className={`border-l-4 border-accent/40 pl-4 font-serif leading-relaxed ${compact ? "text-base" : "text-lg"}`}
      >
        {p.text}
      </blockquote>
      <figcaption className="flex flex-wrap items-center gap-x-3 gap-y-1 pl-5 text-sm text-muted">
        <span>
          {p.pinpoint}
          {p.opinion && ` · ${p.opinion}`}
          {!compact &&
            ` · ${p.verification === "checked" ? "checked against the official text" : "background text, not re-checked"}`}
        </span>
        {!compact && <CopyButton text={`“${p.text}” ${p.citation}.`} label="Copy with citation" />}
      </figcaption>
    </figure>
  );
}
