import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { citableMetadata } from "@/app/_components/citable-metadata";
import { citable } from "@/app/_components/citable";
import { CiteThis } from "@/app/_components/cite-this";
import { shellParams } from "@/app/_components/static-params";
import { Alert } from "@/app/_components/ui";
import { bluebookDate } from "@/lib/bluebook";
import { routes } from "@/lib/routes";
import { readArgumentVersion } from "@/server/public-reads";

type Props = { params: Promise<{ id: string; version: string }> };

/** Like every page of published content (app/_components/static-params.ts): one placeholder, real addresses on first visit. */
export const generateStaticParams = () => [{ ...shellParams("id")[0]!, version: "_shell" }];

const getVersion = cache(async (id: string, version: string) => {
  const n = /^[1-9]\d{0,5}$/.test(version) ? Number(version) : null;
  return (n !== null ? await readArgumentVersion(id, n) : null) ?? notFound();
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id, version } = await params;
  const v = await getVersion(id, version);
  return citableMetadata({
    path: routes.argumentVersion(v.id, v.version),
    title: v.claim,
    description: v.explanation,
    updatedOn: v.publishedOn,
    partOf: v.caseTitle,
  });
}

/**
 * An argument as it was published at one version: its own words then, with a notice and a
 * link when it has been revised since. Its sources, quotes and events are those of the
 * current page; this page keeps the argument's text as a reader cited it.
 */
export default async function ArgumentVersionPage({ params }: Props) {
  const { id, version } = await params;
  const v = await getVersion(id, version);
  const cite = await citable("argument", v.id, v.version);
  return (
    <article className="space-y-10">
      <Breadcrumbs
        items={[
          { label: v.caseTitle, href: routes.case(v.caseSlug) },
          ...(v.position ? [{ label: v.position.title, href: routes.position(v.position.id) }] : []),
          { label: "Argument", href: routes.argument(v.id) },
          { label: `Version ${v.version}` },
        ]}
      />
      <Alert tone={v.isCurrent ? "success" : "warning"} className="max-w-3xl" data-testid="version-notice">
        {v.isCurrent ? (
          <>
            This is version {v.version} of this argument, published {bluebookDate(v.publishedOn)}: the current one.{" "}
            <Link href={routes.argument(v.id)}>Read it with its sources, quotes and events</Link>.
          </>
        ) : (
          <>
            This is version {v.version} of this argument, as published {bluebookDate(v.publishedOn)}. It has been
            revised since:{" "}
            <Link href={routes.argument(v.id)}>read the current version (version {v.currentVersion})</Link>.
          </>
        )}
      </Alert>
      <div className="grid gap-12 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <header className="max-w-3xl space-y-4">
          {v.position && (
            <p className="text-sm text-muted">
              For{" "}
              <Link href={routes.position(v.position.id)} className="font-medium">
                {v.position.title}
              </Link>
            </p>
          )}
          <h1 className="font-serif text-2xl font-semibold leading-snug sm:text-3xl">{v.claim}</h1>
          <p className="text-lg leading-relaxed">{v.explanation}</p>
          {v.derivedFrom && <p className="text-sm text-muted">Source of the argument: {v.derivedFrom}</p>}
        </header>
        <aside>{cite && <CiteThis {...cite} />}</aside>
      </div>
    </article>
  );
}
