import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { ComparisonView } from "@/app/_components/comparison-view";
import { PrintButton } from "@/app/_components/print-button";
import { shellParams } from "@/app/_components/static-params";
import { Box, Button } from "@/app/_components/ui";
import { buildComparison, forDisplay } from "@/lib/compare";
import { pickValue, positionRefs, resolvePositions } from "@/lib/compare-address";
import { routes } from "@/lib/routes";
import { adminRoutes } from "@/lib/curation/routes";
import { readComparisonInput } from "@/server/public-reads";
import { getCase } from "../data";

type Query = { positions?: string; blind?: string; order?: string; pick?: string | string[] };
type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Query> };
type Case = Awaited<ReturnType<typeof getCase>>;

export const generateStaticParams = () => shellParams("slug");

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const found = await getCase((await params).slug);
  return {
    title: `Compare positions · ${found.title}`,
    description: `Positions on ${found.title} side by side, aligned by the questions they disagree on.`,
  };
}

const pill =
  "no-print rounded-full border border-rule bg-surface px-4 py-1.5 text-sm font-medium no-underline hover:border-accent";

export default async function ComparePage({ params, searchParams }: Props) {
  const { slug } = await params;
  const found = await getCase(slug);
  return (
    <div className="space-y-8">
      <Breadcrumbs items={[{ label: found.title, href: routes.case(slug) }, { label: "Compare" }]} />
      <header className="max-w-3xl space-y-2">
        <h1 className="font-serif text-3xl font-semibold sm:text-4xl">Compare positions</h1>
        <p className="text-muted">
          {found.title}. Each row is a question the positions disagree on; each column, one position’s answer with the
          law and the words it rests on.
        </p>
      </header>
      <Suspense fallback={<p className="text-muted">Lining up the positions…</p>}>
        <Comparison found={found} searchParams={searchParams} />
      </Suspense>
    </div>
  );
}

/** The chosen positions, from the address: per request, built from the case's cached rows. */
async function Comparison({ found, searchParams }: { found: Case; searchParams: Promise<Query> }) {
  const slug = found.slug;
  const q = await searchParams;
  // The picker's boxes say "number:id" (lib/compare-address.ts); the proxy normally turns them into `positions`.
  const picked = (typeof q.pick === "string" ? [q.pick] : (q.pick ?? [])).map((v) => v.slice(v.indexOf(":") + 1));
  const refs = (picked.length ? picked : (q.positions ?? "").split(",")).filter(Boolean).slice(0, 4);
  const blind = q.blind === "1";
  const caseIds = found.positions.map((p) => p.id);
  const chosen = resolvePositions(refs, caseIds) ?? notFound();
  // A blind page's links, and links to one, name the positions by number: their ids spell out who holds them.
  const positions = positionRefs(chosen, caseIds, blind);
  const href = (change: Partial<Omit<Query, "pick">>) =>
    routes.caseCompare(slug, {
      positions: positionRefs(chosen, caseIds, blind || change.blind === "1"),
      blind: blind ? "1" : undefined,
      order: picked.length ? undefined : q.order,
      ...change,
    });
  // An address without an order (or from the picker) was sent on by the proxy (lib/compare-address.ts).

  const picker = (
    <Box
      as="form"
      method="get"
      action={`/cases/${slug}/compare`}
      className="no-print space-y-3"
      aria-label="Choose positions"
    >
      <fieldset className="space-y-2">
        <legend className="font-semibold">Choose two to four positions</legend>
        {found.positions.map((p) => (
          <label key={p.id} className="flex items-start gap-2 text-sm">
            <input
              type="checkbox"
              name="pick"
              value={pickValue(p.id, caseIds)}
              defaultChecked={!blind && chosen.includes(p.id)}
              className="mt-1"
            />
            <span>{p.title}</span>
          </label>
        ))}
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="blind" value="1" defaultChecked={blind} /> Blind: hide who holds each position
      </label>
      <Button type="submit">Compare</Button>
    </Box>
  );

  let body;
  if (chosen.length < 2) {
    body = picker;
  } else {
    if (new Set(chosen).size !== chosen.length) notFound();
    const data = await readComparisonInput(slug, chosen);
    if (!data) notFound();
    const result = { comparison: forDisplay(buildComparison(data.input, { order: Number(q.order) || 0, blind })) };
    body = (
      <div className="space-y-8">
        <nav aria-label="Comparison controls" className="no-print flex flex-wrap gap-2">
          {blind ? (
            <Link href={href({ blind: undefined })} className={pill}>
              Reveal who holds what
            </Link>
          ) : (
            <Link href={href({ blind: "1" })} className={pill}>
              Blind mode
            </Link>
          )}
          <Link href={href({ order: String((Number(q.order) * 7919 + 104_729) % 1_000_000) })} className={pill}>
            Reshuffle columns
          </Link>
          <PrintButton />
          <Link
            href={adminRoutes.newLesson({ case: slug, positions, blind: blind ? "1" : undefined, order: q.order })}
            className={pill}
          >
            Make this a lesson
          </Link>
        </nav>
        <ComparisonView comparison={result.comparison} linkArguments={!blind} />
        {result.comparison.prompts.length > 0 && (
          <section aria-labelledby="prompts-heading" className="space-y-3 print:break-inside-avoid">
            <h2 id="prompts-heading" className="font-serif text-xl font-semibold">
              Questions for discussion
            </h2>
            <ol className="list-decimal space-y-2 pl-6">
              {result.comparison.prompts.map((p) => (
                <li key={p.id}>{p.prompt}</li>
              ))}
            </ol>
          </section>
        )}
        {!blind && (
          <details className="no-print">
            <summary className="cursor-pointer text-sm text-accent">Change positions</summary>
            <div className="mt-3">{picker}</div>
          </details>
        )}
      </div>
    );
  }

  return body;
}
