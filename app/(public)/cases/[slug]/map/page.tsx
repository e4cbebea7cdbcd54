import { TRPCError } from "@trpc/server";
import type { Metadata } from "next";
import Link from "next/link";
import { RelationBadge } from "@/app/_components/badges";
import { Box, Button, inputClass } from "@/app/_components/ui";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { TRPCReactProvider } from "@/app/_trpc/client";
import { Suspense } from "react";
import { shellParams } from "@/app/_components/static-params";
import { api } from "@/app/_trpc/server";
import { readableIdSchema } from "@/lib/ids";
import { routes } from "@/lib/routes";
import { getCase } from "../data";
import { MapView } from "./map-view";

type Query = { position?: string; source?: string; event?: string; relation?: string; view?: string; focus?: string };
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Query> };
type Case = Awaited<ReturnType<typeof getCase>>;

export const generateStaticParams = () => shellParams("slug");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getCase((await params).slug);
  return {
    title: `Argument map · ${found.title}`,
    description: `How the arguments about ${found.title} support and attack each other.`,
  };
}

/** A focus on nothing shows the overview with a notice; any other failure is an error. */
const notFoundAsNull = (error: unknown) => {
  if (error instanceof TRPCError && error.code === "NOT_FOUND") return null;
  throw error;
};

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

const RELATIONS = ["supports", "rebuts", "undercuts", "qualifies"] as const;
const id = (v: string | undefined) => (v && readableIdSchema.safeParse(v).success ? v : undefined);

export default async function MapPage({ params, searchParams }: Props) {
  const { slug } = await params;
  const found = await getCase(slug);
  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: found.title, href: routes.case(slug) }, { label: "Argument map" }]} />
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Argument map</h1>
        <p className="max-w-3xl text-muted">
          Each row is a question in dispute, each column a position, as in the comparison; the lines show which argument
          supports, rebuts, undercuts or qualifies which. Select an argument to see its neighbourhood: what it answers,
          what answers it, and the law and events it rests on.
        </p>
      </header>
      <Suspense fallback={<p className="text-muted">Drawing the map…</p>}>
        <ArgumentMap found={found} searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

/** The map for the filter in the address, per request (its graph read counts against the map limit). */
async function ArgumentMap({ found, searchParams }: { found: Case; searchParams: Promise<Query> }) {
  const slug = found.slug;
  const q = await searchParams;
  const filter = {
    position: id(q.position),
    source: id(q.source),
    event: id(q.event),
    relation: RELATIONS.find((r) => r === q.relation),
  };
  const outline = q.view === "outline";
  const focusId = outline ? undefined : id(q.focus);
  const [graph, focus] = await Promise.all([
    api.map.graph({ caseSlug: slug, ...filter }),
    focusId ? api.map.focus({ caseSlug: slug, argumentId: focusId }).catch(notFoundAsNull) : null,
  ]);
  const view = outline ? "outline" : undefined;
  const href = (change: Partial<Query>) => routes.caseMap(slug, { ...filter, view, ...change });
  const select = inputClass(false, "text-sm");
  const labelOf = new Map(graph.nodes.map((n) => [n.id, n.label]));

  return (
    <div className="space-y-6">
      <Box
        as="form"
        method="get"
        pad="sm"
        className="no-print flex flex-wrap items-end gap-3"
        aria-label="Filter the map"
      >
        {outline && <input type="hidden" name="view" value="outline" />}
        {focus && <input type="hidden" name="focus" value={focus.argument.id} />}
        <label className="flex flex-col gap-1 text-sm font-medium">
          Position
          <select name="position" defaultValue={filter.position ?? ""} className={select}>
            <option value="">All positions</option>
            {found.positions.map((p) => (
              <option key={p.id} value={p.id}>
                {p.title}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Rests on the law
          <select name="source" defaultValue={filter.source ?? ""} className={`${select} max-w-64`}>
            <option value="">Any source</option>
            {graph.filters.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.shortTitle}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Rests on the event
          <select name="event" defaultValue={filter.event ?? ""} className={`${select} max-w-64`}>
            <option value="">Any event</option>
            {graph.filters.events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.title}
              </option>
            ))}
          </select>
        </label>
        <label className="flex flex-col gap-1 text-sm font-medium">
          Relation
          <select name="relation" defaultValue={filter.relation ?? ""} className={select}>
            <option value="">All relations</option>
            {RELATIONS.map((r) => (
              <option key={r} value={r}>
                {r}
              </option>
            ))}
          </select>
        </label>
        <Button type="submit" size="sm">
          Apply
        </Button>
        <Link href={routes.caseMap(slug, { view })} className="py-1.5 text-sm">
          Clear
        </Link>
        <span className="ml-auto py-1.5 text-sm">
          {outline ? (
            <Link href={href({ view: undefined })}>Show the graph</Link>
          ) : (
            <Link href={href({ view: "outline" })}>Outline view (text, for screen readers and keyboards)</Link>
          )}
        </span>
      </Box>
      <p role="status" className="text-sm text-muted">
        {count(graph.nodes.filter((n) => n.kind === "argument").length, "argument")},{" "}
        {count(graph.edges.filter((e) => e.kind !== "member").length, "relation")}
        {graph.trimmed && ` — showing ${graph.nodes.length} of ${graph.total} nodes; filter to see the rest`}
      </p>

      {focusId && (
        <nav aria-label="Map focus" className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
          <Link href={href({})} className="font-medium">
            ← Back to the overview
          </Link>
          {focus ? (
            <span className="text-sm text-muted">
              In focus: <span className="font-serif text-base text-ink">{focus.argument.claim}</span> (
              {focus.argument.positionTitle})
            </span>
          ) : (
            <span role="alert" className="text-sm">
              No published argument of this case has the id “{focusId}”.
            </span>
          )}
        </nav>
      )}
      {outline ? (
        <nav aria-label="Outline of the argument map">
          <ul className="space-y-6">
            {graph.nodes
              .filter((n) => n.kind === "position")
              .map((p) => (
                <li key={p.id}>
                  <h2 className="font-serif text-xl font-semibold">
                    <Link href={routes.position(p.id)}>{p.label}</Link>
                  </h2>
                  <ul className="mt-2 space-y-3 border-l-2 border-rule pl-4">
                    {graph.nodes
                      .filter((a) => a.kind === "argument" && a.positionId === p.id)
                      .map((a) => {
                        const out = graph.edges.filter((e) => e.source === a.id && e.kind !== "member");
                        return (
                          <li key={a.id}>
                            <Link href={routes.argument(a.id)}>{a.label}</Link>
                            {out.length > 0 && (
                              <ul className="mt-1 space-y-1 pl-4 text-sm">
                                {out.map((e) => (
                                  <li key={e.id} className="flex flex-wrap items-center gap-2">
                                    <RelationBadge kind={e.kind as (typeof RELATIONS)[number]} direction="outgoing" />
                                    <span>{labelOf.get(e.target) ?? e.target}</span>
                                  </li>
                                ))}
                              </ul>
                            )}
                          </li>
                        );
                      })}
                  </ul>
                </li>
              ))}
          </ul>
        </nav>
      ) : (
        <TRPCReactProvider>
          <MapView
            key={JSON.stringify({ filter, focus: focus?.argument.id })}
            caseSlug={slug}
            layout={focus?.layout ?? graph.layout}
            focusId={focus?.argument.id}
            positionIds={found.positions.map((p) => p.id)}
            query={{ ...filter }}
          />
        </TRPCReactProvider>
      )}
    </div>
  );
}
