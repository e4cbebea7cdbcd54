import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Box } from "@/app/_components/ui";
import { api, orNotFound } from "@/app/_trpc/server";
import { ENTITIES, entityTypeFromSlug, STATUS_LABELS } from "@/lib/curation/entities";
import { diffValues } from "@/lib/curation/diff";
import { adminRoutes } from "@/lib/curation/routes";
import { RevertButton } from "./revert-button";

type Props = { params: Promise<{ type: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  return { title: `History of ${id}` };
}

const ACTIONS: Record<string, string> = {
  create: "Created",
  update: "Edited",
  delete: "Deleted",
  restore: "Restored",
  status: "Workflow",
  revert: "Reverted",
};

export default async function HistoryPage({ params }: Props) {
  const { type: slug, id } = await params;
  const type = entityTypeFromSlug(slug);
  if (!type) notFound();
  const spec = ENTITIES[type];
  const [entity, revisions] = await Promise.all([
    orNotFound(api.curation.get({ type, id })),
    api.curation.history({ type, id }),
  ]);

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-muted">
          <Link href={adminRoutes.list(type)}>{spec.plural}</Link> ›{" "}
          <Link href={adminRoutes.entity(type, id)} className="font-mono">
            {id}
          </Link>
        </p>
        <h1 className="font-serif text-3xl font-semibold">History</h1>
        <p className="text-sm text-muted">
          Every change, newest first. Reverting writes the chosen version back as a new change; nothing is ever removed.
        </p>
      </header>
      <ol className="space-y-4">
        {revisions.map((rev, i) => {
          const changes = diffValues(spec.fields, rev.before?.values ?? null, rev.after?.values ?? null);
          const statusChange = rev.before && rev.after && rev.before.status !== rev.after.status;
          return (
            <Box as="li" key={rev.id} className="space-y-2">
              <p className="flex flex-wrap items-baseline gap-x-3 text-sm">
                <span className="font-semibold">
                  {ACTIONS[rev.action] ?? rev.action} · version {rev.version}
                </span>
                <span className="text-muted">
                  {rev.userName ?? "unknown"} · {rev.createdAt.toISOString().slice(0, 16).replace("T", " ")} UTC
                </span>
              </p>
              {rev.note && <p className="text-sm">“{rev.note}”</p>}
              {statusChange && (
                <p className="text-sm">
                  {STATUS_LABELS[rev.before!.status]} → {STATUS_LABELS[rev.after!.status]}
                </p>
              )}
              {changes.length > 0 && (
                <table className="w-full text-sm">
                  <thead className="sr-only">
                    <tr>
                      <th scope="col">Field</th>
                      <th scope="col">Before</th>
                      <th scope="col">After</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((c) => (
                      <tr key={c.field} className="border-t border-rule align-top">
                        <th scope="row" className="w-40 py-1.5 pr-3 text-left font-medium">
                          {c.label}
                        </th>
                        <td className="py-1.5 pr-3 whitespace-pre-wrap text-rose-800 line-through decoration-rose-400 dark:text-rose-200">
                          {c.before}
                        </td>
                        <td className="py-1.5 whitespace-pre-wrap text-emerald-800 dark:text-emerald-200">{c.after}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {i > 0 && rev.after && !entity.deletedAt && (
                <RevertButton
                  type={type}
                  id={id}
                  revisionId={rev.id}
                  version={rev.version}
                  baseVersion={entity.version}
                />
              )}
            </Box>
          );
        })}
      </ol>
    </div>
  );
}
