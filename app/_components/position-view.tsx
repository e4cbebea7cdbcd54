import Link from "next/link";
import type { ReactNode } from "react";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";
import { LEGAL_FRAME_LABELS } from "@/lib/labels";
import { routes } from "@/lib/routes";
import { StanceBadge } from "./badges";
import { Breadcrumbs } from "./breadcrumbs";
import { Section } from "./section";
import { Box } from "./ui";

type Position = inferRouterOutputs<AppRouter>["position"]["byId"];

/** A position as readers see it; the preview in the curation area renders the same view, without `cite`. */
export function PositionView({ p, cite }: { p: Position; cite?: ReactNode }) {
  return (
    <article className="space-y-12">
      <Breadcrumbs items={[{ label: p.caseTitle, href: routes.case(p.caseSlug) }, { label: p.title }]} />
      <header className="max-w-3xl space-y-4">
        <div className="flex flex-wrap items-center gap-2">
          <StanceBadge stance={p.stance} />
          <span className="text-sm text-muted">{LEGAL_FRAME_LABELS[p.legalFrame]}</span>
        </div>
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">{p.title}</h1>
        <p className="text-lg leading-relaxed">{p.summary}</p>
      </header>

      <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <Section id="arguments" title={`Arguments (${p.arguments.length})`}>
          <ol className="space-y-4">
            {p.arguments.map((a, i) => (
              <Box as="li" key={a.id} pad="lg">
                <p className="text-xs font-medium uppercase tracking-wide text-muted">Argument {i + 1}</p>
                <h3 className="mt-1 font-serif text-lg font-semibold leading-snug">
                  <Link href={routes.argument(a.id)} className="text-ink hover:text-accent">
                    {a.claim}
                  </Link>
                </h3>
                <p className="mt-2 line-clamp-3 text-muted">{a.explanation}</p>
                <p className="mt-3 text-sm text-muted">
                  {a.citationCount} legal source{a.citationCount === 1 ? "" : "s"} · {a.eventCount} event
                  {a.eventCount === 1 ? "" : "s"}
                </p>
              </Box>
            ))}
          </ol>
        </Section>

        <aside className="space-y-8">
          {cite}
          <Section id="holders" title="Held by">
            <ul className="space-y-2">
              {p.holders.map((h) => (
                <li key={h.id}>
                  <Link href={routes.actor(h.id)} className="font-medium">
                    {h.name}
                  </Link>
                  {h.role && <p className="text-sm text-muted">{h.role}</p>}
                </li>
              ))}
            </ul>
            {p.discussants.length > 0 && (
              <>
                <h3 className="pt-2 text-sm font-semibold">Discussed by</h3>
                <ul className="space-y-1 text-sm">
                  {p.discussants.map((h) => (
                    <li key={h.id}>
                      <Link href={routes.actor(h.id)}>{h.name}</Link>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </Section>
          {p.clashes.length > 0 && (
            <Section id="clashes" title="In the clashes">
              <ul className="space-y-3 text-sm">
                {p.clashes.map((c) => (
                  <li key={c.id}>
                    <Link href={routes.case(p.caseSlug, c.id)} className="text-ink hover:text-accent">
                      {c.question}
                    </Link>
                    <p className="text-muted">Answers: {c.sides.map((s) => s.label).join("; ")}</p>
                  </li>
                ))}
              </ul>
            </Section>
          )}
        </aside>
      </div>
    </article>
  );
}
