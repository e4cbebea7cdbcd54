import Link from "next/link";
import type { ReactNode } from "react";
import type { inferRouterOutputs } from "@trpc/server";
import type { AppRouter } from "@/server/root";
import { routes } from "@/lib/routes";
import { SourceKindBadge, StanceBadge, UseBadge } from "./badges";
import { Breadcrumbs } from "./breadcrumbs";
import { EventList } from "./event-list";
import { QuoteInContext } from "./quote-in-context";
import { RelationTree } from "./relation-tree";
import { Section } from "./section";
import { Box } from "./ui";
import { KeyPassage } from "./key-passage";

type Argument = inferRouterOutputs<AppRouter>["argument"]["byId"];

/** An argument as readers see it; the preview in the curation area renders the same view. */
/** `cite` is the "Cite this" box: it names the address the reader used, so the public page renders it per request. */
export function ArgumentView({ a, cite }: { a: Argument; cite: ReactNode }) {
  const { incoming, outgoing } = a.relations;

  return (
    <article className="space-y-12">
      <Breadcrumbs
        items={[
          { label: a.caseTitle, href: routes.case(a.caseSlug) },
          { label: a.positionTitle, href: routes.position(a.positionId) },
          { label: "Argument" },
        ]}
      />
      <header className="max-w-3xl space-y-4">
        <p className="flex flex-wrap items-center gap-2 text-sm text-muted">
          <StanceBadge stance={a.positionStance} />
          <span>
            For{" "}
            <Link href={routes.position(a.positionId)} className="font-medium">
              {a.positionTitle}
            </Link>
          </span>
        </p>
        <h1 className="font-serif text-2xl font-semibold leading-snug sm:text-3xl">{a.claim}</h1>
        <p className="text-lg leading-relaxed">{a.explanation}</p>
        {a.attributedTo.length > 0 && (
          <p className="text-sm text-muted">
            Made by{" "}
            {a.attributedTo.map((actor, i) => (
              <span key={actor.id}>
                {i > 0 && ", "}
                <Link href={routes.actor(actor.id)}>{actor.name}</Link>
              </span>
            ))}
          </p>
        )}
        {a.derivedFrom && <p className="text-sm text-muted">Source of the argument: {a.derivedFrom}</p>}
        {a.placementNote && <p className="text-sm text-muted">Placement: {a.placementNote}</p>}
      </header>

      <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="space-y-12">
          <Section
            id="law"
            title="The law it rests on"
            description="Each source in Bluebook form, with the pinpoint the argument relies on."
          >
            {a.citations.length === 0 ? (
              <p className="text-muted">This argument cites no legal source; it rests on the events below.</p>
            ) : (
              <ul className="space-y-3">
                {a.citations.map((c) => (
                  <Box as="li" key={c.id}>
                    <div className="flex flex-wrap items-center gap-2">
                      <UseBadge use={c.use} />
                      <SourceKindBadge kind={c.source.kind} />
                    </div>
                    <p className="mt-2 font-serif text-lg">
                      <Link href={routes.source(c.source.id)} className="text-ink hover:text-accent">
                        {c.formatted}
                      </Link>
                    </p>
                    <p className="text-sm text-muted">
                      {c.source.shortTitle}
                      {c.pinpoint && ` · pinpoint ${c.pinpoint}`}
                    </p>
                    {c.note && <p className="mt-1 text-sm">{c.note}</p>}
                    {c.passages.length > 0 && (
                      <div className="mt-3 space-y-3 border-t border-rule pt-3">
                        <p className="text-xs font-medium uppercase tracking-wide text-muted">
                          The text at this pinpoint
                        </p>
                        {c.passages.map((p) => (
                          <KeyPassage key={p.id} passage={p} compact />
                        ))}
                      </div>
                    )}
                  </Box>
                ))}
              </ul>
            )}
          </Section>

          {a.quotes.length > 0 && (
            <Section id="quotes" title="In their own words">
              <div className="space-y-4">
                {a.quotes.map((q) => (
                  <QuoteInContext key={q.id} quote={q} caseSlug={a.caseSlug} />
                ))}
              </div>
            </Section>
          )}

          <Section
            id="relations"
            title="How it connects"
            description="What this argument supports or attacks, and what bears on it."
          >
            <div className="grid gap-8 md:grid-cols-2">
              <div className="space-y-3">
                <h3 className="font-semibold">What bears on it</h3>
                {incoming.length ? (
                  <RelationTree
                    nodes={incoming.map(({ source, ...r }) => ({ ...r, end: source }))}
                    direction="incoming"
                  />
                ) : (
                  <p className="text-sm text-muted">
                    Nothing in the record supports or attacks this argument directly.
                  </p>
                )}
              </div>
              <div className="space-y-3">
                <h3 className="font-semibold">What it bears on</h3>
                {outgoing.length ? (
                  <RelationTree
                    nodes={outgoing.map(({ target, ...r }) => ({ ...r, end: target }))}
                    direction="outgoing"
                  />
                ) : (
                  <p className="text-sm text-muted">This argument does not answer another one directly.</p>
                )}
              </div>
            </div>
          </Section>
        </div>

        <aside className="space-y-8">
          <Section id="events" title="Events it rests on">
            {a.events.length === 0 ? (
              <p className="text-sm text-muted">No particular event.</p>
            ) : (
              <EventList events={a.events} />
            )}
          </Section>
          {a.clashes.length > 0 && (
            <Section id="clashes" title="In the clashes">
              <ul className="space-y-3 text-sm">
                {a.clashes.map((c) => (
                  <li key={c.sideId}>
                    <Link href={routes.case(a.caseSlug, c.id)} className="text-ink hover:text-accent">
                      {c.question}
                    </Link>
                    <p className="text-muted">On the side: {c.sideLabel}</p>
                  </li>
                ))}
              </ul>
            </Section>
          )}
          {cite}
          <p className="no-print text-sm">
            <a href={`/api/export/arguments/${a.id}/json`} download>
              Download this argument (JSON)
            </a>
          </p>
        </aside>
      </div>
    </article>
  );
}
