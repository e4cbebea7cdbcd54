import { CopyButton } from "./copy-button";
import { Box } from "./ui";

/** A permalink and a plain citation, each one click from the clipboard. */
export function CiteThis({ permalink, citation }: { permalink: string; citation: string }) {
  return (
    <Box as="section" pad="lg" aria-labelledby="cite-heading" className="space-y-3">
      <h2 id="cite-heading" className="font-serif text-lg font-semibold">
        Cite this
      </h2>
      <div className="space-y-1">
        <p className="text-xs font-medium uppercase tracking-wide text-muted">Permalink</p>
        <p className="break-all font-mono text-sm">{permalink}</p>
        <CopyButton text={permalink} label="Copy link" />
      </div>
      <div className="space-y-1">
        <p className="text-xs font-medium uppercase tracking-wide text-muted">Citation</p>
        <p className="text-sm">{citation}</p>
        <CopyButton text={citation} label="Copy citation" />
      </div>
    </Box>
  );
}
