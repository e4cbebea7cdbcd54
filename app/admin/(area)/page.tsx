import type { Metadata } from "next";
import Link from "next/link";
import { api } from "@/app/_trpc/server";
import { ENTITIES } from "@/lib/curation/entities";
import { adminRoutes } from "@/lib/curation/routes";
import { routes } from "@/lib/routes";
import { TableHead } from "@/app/_components/table-head";
import { Box } from "@/app/_components/ui";

export const metadata: Metadata = { title: "Dashboard", description: "What is in draft, in review and published." };

export default async function DashboardPage() {
  const [{ counts, inReview }, misses] = await Promise.all([api.curation.overview(), api.search.misses({ limit: 25 })]);
  return (
    <div className="space-y-10">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Curation</h1>
        <p className="text-muted">
          Content moves from draft to review to published; the public sees published content only.
        </p>
      </header>

      <section aria-labelledby="review-heading" className="space-y-3">
        <h2 id="review-heading" className="font-serif text-2xl font-semibold">
          Waiting for review ({inReview.length})
        </h2>
        {inReview.length === 0 ? (
          <p className="text-muted">Nothing is waiting.</p>
        ) : (
          <Box as="ul" pad="none" className="divide-y divide-rule">
            {inReview.map((item) => (
              <li key={`${item.type}:${item.id}`} className="flex flex-wrap items-baseline justify-between gap-2 p-3">
                <Link href={adminRoutes.entity(item.type, item.id)}>{item.title || item.id}</Link>
                <span className="text-sm text-muted">
                  {ENTITIES[item.type].label} · submitted {item.updatedAt.toISOString().slice(0, 16).replace("T", " ")}{" "}
                  UTC
                </span>
              </li>
            ))}
          </Box>
        )}
      </section>

      <section aria-labelledby="counts-heading" className="space-y-3">
        <h2 id="counts-heading" className="font-serif text-2xl font-semibold">
          Content
        </h2>
        <table className="w-full border-collapse text-sm">
          <TableHead
            columns={[
              { label: "Kind" },
              { label: "Draft", align: "right" },
              { label: "In review", align: "right" },
              { label: "Published", align: "right" },
            ]}
          />
          <tbody>
            {counts.map((c) => (
              <tr key={c.type} className="border-b border-rule">
                <th scope="row" className="py-2 pr-4 text-left font-normal">
                  <Link href={adminRoutes.list(c.type)}>{ENTITIES[c.type].plural}</Link>
                </th>
                <td className="py-2 pr-4 text-right">{c.draft}</td>
                <td className="py-2 pr-4 text-right">{c.inReview}</td>
                <td className="py-2 text-right">{c.published}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="misses-heading" className="space-y-3">
        <h2 id="misses-heading" className="font-serif text-2xl font-semibold">
          Searches that found nothing
        </h2>
        <p className="text-sm text-muted">
          What readers looked for and did not find, most often first: a guide to what the explorer lacks. Only the words
          are kept, never who searched; e-mail and web addresses and long numbers are replaced.
        </p>
        {misses.length === 0 ? (
          <p className="text-muted">No search has come up empty yet.</p>
        ) : (
          <table className="w-full border-collapse text-sm">
            <TableHead
              columns={[{ label: "Search" }, { label: "Times", align: "right" }, { label: "Last", align: "right" }]}
            />
            <tbody>
              {misses.map((m) => (
                <tr key={m.query} className="border-b border-rule">
                  <th scope="row" className="py-2 pr-4 text-left font-normal">
                    <Link href={routes.search({ q: m.query })}>{m.query}</Link>
                  </th>
                  <td className="py-2 pr-4 text-right">{m.count}</td>
                  <td className="py-2 text-right text-muted">{m.lastSeen.toISOString().slice(0, 10)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
