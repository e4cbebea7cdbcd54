import Link from "next/link";
import type { CSSProperties, ReactNode } from "react";
import type { Comparison, ComparedArgument } from "@/lib/compare";
import { formatPartialDate } from "@/lib/dates";
import { LEGAL_SOURCE_KIND_LABELS } from "@/lib/labels";
import { routes } from "@/lib/routes";
import { StanceBadge, UseBadge } from "./badges";
import { Box } from "./ui";

/**
 * The comparison grid: one column per position, one row per clash. On a phone the
 * columns stack, each cell still under its clash and labelled with its position.
 * `renderArgumentExtra` lets the classroom add a vote control beside each argument.
 */
export function ComparisonView({
  comparison,
  linkArguments = true,
  renderClashExtra,
}: {
  comparison: Comparison;
  linkArguments?: boolean;
  renderClashExtra?: (clashId: string, args: ComparedArgument[]) => ReactNode;
}) {
  const { columns } = comparison;
  const grid = { "--cols": `repeat(${columns.length}, minmax(0, 1fr))` } as CSSProperties;
  const gridClass = "grid gap-4 lg:grid-cols-[var(--cols)]";

  const cell = (args: ComparedArgument[], i: number) => (
    <div key={i} className="space-y-3 rounded-md bg-paper p-3 print:border print:border-rule">
      <p className="text-xs font-semibold uppercase tracking-wide text-muted lg:hidden print:block">
        {columns[i]!.label}
      </p>
      {args.length === 0 ? (
        <p className="text-sm text-muted">No argument on this question.</p>
      ) : (
        args.map((a) => <ArgumentCard key={a.id} a={a} link={linkArguments} />)
      )}
    </div>
  );

  return (
    <div className="space-y-10">
      <section aria-labelledby="columns-heading" className="space-y-3">
        <h2 id="columns-heading" className="sr-only">
          The positions
        </h2>
        <div className={gridClass} style={grid}>
          {columns.map((c) => (
            <Box key={c.key} className="space-y-2">
              <p className="text-xs font-semibold uppercase tracking-wide text-muted">
                {comparison.blind ? "Anonymous position" : "Position"}
              </p>
              <h3 className="font-serif text-lg font-semibold leading-snug">
                {c.positionId ? <Link href={routes.position(c.positionId)}>{c.label}</Link> : c.label}
              </h3>
              <StanceBadge stance={c.stance} />
              {c.summary && <p className="text-sm">{c.summary}</p>}
              {c.holders.length > 0 && <p className="text-sm text-muted">Held by {c.holders.join(", ")}</p>}
              <p className="text-sm text-muted">
                Cites {c.balance.total} legal source{c.balance.total === 1 ? "" : "s"}
                {c.balance.total > 0 &&
                  `: ${Object.entries(c.balance.byKind)
                    .map(
                      ([kind, n]) =>
                        `${n} ${(LEGAL_SOURCE_KIND_LABELS[kind as keyof typeof LEGAL_SOURCE_KIND_LABELS] ?? kind).toLowerCase()}`,
                    )
                    .join(", ")}`}
              </p>
            </Box>
          ))}
        </div>
      </section>

      {comparison.rows.map((row) => (
        <section
          key={row.clashId}
          aria-labelledby={`row-${row.clashId}`}
          className="space-y-3 print:break-inside-avoid"
        >
          <h2 id={`row-${row.clashId}`} className="font-serif text-xl font-semibold">
            {row.question}
          </h2>
          <div className={gridClass} style={grid}>
            {row.cells.map(cell)}
          </div>
          {renderClashExtra?.(row.clashId, row.cells.flat())}
        </section>
      ))}

      {comparison.others.some((o) => o.length > 0) && (
        <section aria-labelledby="row-others" className="space-y-3">
          <h2 id="row-others" className="font-serif text-xl font-semibold">
            Other arguments
          </h2>
          <div className={gridClass} style={grid}>
            {comparison.others.map(cell)}
          </div>
        </section>
      )}

      {comparison.sharedSources.length > 0 && (
        <section aria-labelledby="shared-heading" className="space-y-3 print:break-inside-avoid">
          <h2 id="shared-heading" className="font-serif text-xl font-semibold">
            The same law, read by each side
          </h2>
          <p className="text-sm text-muted">
            Sources cited by more than one position. Those marked “read differently” are relied on by one side and
            distinguished or contested by another.
          </p>
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-sm">
              <thead>
                <tr className="border-b border-rule text-left">
                  <th scope="col" className="py-2 pr-3">
                    Source
                  </th>
                  {columns.map((c) => (
                    <th key={c.key} scope="col" className="py-2 pr-3">
                      {c.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {comparison.sharedSources.map((s) => (
                  <tr key={s.sourceId} className="border-b border-rule align-top">
                    <th scope="row" className="py-2 pr-3 text-left font-normal">
                      {comparison.blind ? s.shortTitle : <Link href={routes.source(s.sourceId)}>{s.shortTitle}</Link>}
                      {s.readDifferently && (
                        <span className="mt-1 block text-xs font-semibold uppercase tracking-wide text-rose-800 dark:text-rose-200">
                          Read differently
                        </span>
                      )}
                    </th>
                    {s.uses.map((uses, i) => (
                      <td key={i} className="py-2 pr-3">
                        {uses.length === 0 ? (
                          <span className="text-muted">—</span>
                        ) : (
                          <ul className="space-y-1">
                            {uses.map((u, k) => (
                              <li key={k} className="flex flex-wrap items-center gap-1.5">
                                <UseBadge use={u.use} /> <span className="font-serif">{u.formatted}</span>
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      )}
    </div>
  );
}

function ArgumentCard({ a, link }: { a: ComparedArgument; link: boolean }) {
  return (
    <Box as="article" pad="sm" className="space-y-2 print:break-inside-avoid">
      {a.sideLabel && <p className="text-xs font-semibold text-muted">Answers: {a.sideLabel}</p>}
      <h4 className="font-medium leading-snug">
        {link ? (
          <Link href={routes.argument(a.id)} className="text-ink hover:text-accent">
            {a.claim}
          </Link>
        ) : (
          a.claim
        )}
      </h4>
      {a.citations.length > 0 && (
        <ul className="space-y-1 text-sm">
          {a.citations.map((c, i) => (
            <li key={i} className="flex flex-wrap items-center gap-1.5">
              <UseBadge use={c.use} />
              <span className="font-serif">{c.formatted}</span>
            </li>
          ))}
        </ul>
      )}
      {a.quotes.map((q) => (
        <blockquote key={q.id} className="border-l-2 border-rule pl-3 text-sm">
          <p className="font-serif">
            {q.fragment ? "…" : "“"}
            {q.text}
            {q.fragment ? "…" : "”"}
          </p>
          <footer className="text-xs text-muted">
            — {q.speaker ?? "a participant"}
            {q.date && `, ${formatPartialDate(q.date, q.datePrecision)}`}
          </footer>
        </blockquote>
      ))}
    </Box>
  );
}
