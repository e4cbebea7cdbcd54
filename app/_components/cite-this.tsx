import { CopyButton } from "./copy-button";

/** A permalink and a plain citation, each one click from the clipboard. */
export function CiteThis({ permalink, citation }: { permalink: string; citation: string }) {
  return (
    <section aria-labelledby="cite-heading" className="space-y-3 rounded-lg border border-rule bg-surface p-5">
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
    </section>
  );
}

/** The box's place while the permalink (which names the reader's address) is on its way. */
export function CiteThisPending() {
  return (
    <section aria-labelledby="cite-heading" className="space-y-3 rounded-lg border border-rule bg-surface p-5">
      <h2 id="cite-heading" className="font-serif text-lg font-semibold">
        Cite this
      </h2>
      <p className="text-sm text-muted">Preparing the permalink…</p>
    </section>
  );
}
