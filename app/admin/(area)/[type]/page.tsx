import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { api } from "@/app/_trpc/server";
import { ENTITIES, entityTypeFromSlug, STATUS_LABELS } from "@/lib/curation/entities";
import { adminRoutes } from "@/lib/curation/routes";
import { TableHead } from "@/app/_components/table-head";
import { Box, Button, ButtonLink, inputClass } from "@/app/_components/ui";

type Props = {
  params: Promise<{ type: string }>;
  searchParams: Promise<{ text?: string; status?: string; deleted?: string; page?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const type = entityTypeFromSlug((await params).type);
  return { title: type ? ENTITIES[type].plural : "Not found" };
}

const STATUSES = ["draft", "in_review", "published"] as const;

export default async function EntityListPage({ params, searchParams }: Props) {
  const type = entityTypeFromSlug((await params).type);
  if (!type) notFound();
  const q = await searchParams;
  const status = STATUSES.find((s) => s === q.status);
  const deleted = q.deleted === "1";
  const page = Math.max(1, Number.parseInt(q.page ?? "1", 10) || 1);
  const { items, total } = await api.curation.list({
    type,
    text: q.text?.slice(0, 200) || undefined,
    status,
    deleted,
    page,
  });
  const spec = ENTITIES[type];
  const pages = Math.max(1, Math.ceil(total / 50));
  const pageHref = (p: number) =>
    adminRoutes.list(type, { text: q.text, status, deleted: deleted ? "1" : undefined, page: p > 1 ? p : undefined });

  return (
    <div className="space-y-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-semibold">{spec.plural}</h1>
        <ButtonLink href={adminRoutes.newEntity(type)}>New {spec.label.toLowerCase()}</ButtonLink>
      </header>
      <Box
        as="form"
        method="get"
        pad="sm"
        className="flex flex-wrap items-end gap-3"
        role="search"
        aria-label={`Filter ${spec.plural.toLowerCase()}`}
      >
        <div className="flex min-w-[12rem] flex-1 flex-col gap-1">
          <label htmlFor="filter-text" className="text-sm font-medium">
            Id or title
          </label>
          <input id="filter-text" name="text" type="search" defaultValue={q.text ?? ""} className={inputClass()} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="filter-status" className="text-sm font-medium">
            Status
          </label>
          <select id="filter-status" name="status" defaultValue={status ?? ""} className={inputClass()}>
            <option value="">Any</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="deleted" value="1" defaultChecked={deleted} /> Deleted only
        </label>
        <Button type="submit" variant="secondary" size="sm">
          Filter
        </Button>
      </Box>
      <p role="status" className="text-sm text-muted">
        {total} {total === 1 ? spec.label.toLowerCase() : spec.plural.toLowerCase()}
        {deleted ? " in the bin" : ""}
      </p>
      <table className="w-full border-collapse text-sm">
        <TableHead
          columns={[
            { label: spec.fields.find((f) => f.name === spec.titleField)?.label ?? "Title" },
            { label: "Status" },
            { label: "Changed" },
          ]}
        />
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className="border-b border-rule align-top">
              <td className="py-2 pr-3">
                <Link href={adminRoutes.entity(type, item.id)}>{item.title || item.id}</Link>
                <div className="font-mono text-xs text-muted">{item.id}</div>
              </td>
              <td className="py-2 pr-3 whitespace-nowrap">{STATUS_LABELS[item.status]}</td>
              <td className="py-2 whitespace-nowrap text-muted">{item.updatedAt.toISOString().slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <nav aria-label="Pages" className="flex justify-between text-sm">
          {page > 1 ? <Link href={pageHref(page - 1)}>← Previous</Link> : <span />}
          {page < pages ? <Link href={pageHref(page + 1)}>Next →</Link> : <span />}
        </nav>
      )}
      <p className="text-sm">
        <Link href={adminRoutes.list(type, { deleted: deleted ? undefined : "1" })}>
          {deleted ? "Back to the current items" : "Show deleted items"}
        </Link>
      </p>
    </div>
  );
}
