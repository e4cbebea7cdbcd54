import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { api, orNotFound } from "@/app/_trpc/server";
import { STATUS_LABELS } from "@/lib/curation/entities";
import { adminRoutes } from "@/lib/curation/routes";
import { AnchorTool } from "./anchor-tool";
import { TableHead } from "@/app/_components/table-head";
import { Box } from "@/app/_components/ui";

type Props = { params: Promise<{ type: string; id: string }> };

export const metadata: Metadata = { title: "Anchors" };

export default async function AnchorsPage({ params }: Props) {
  const { type, id } = await params;
  if (type !== "documents") notFound();
  const [doc, anchors] = await Promise.all([
    orNotFound(api.curation.get({ type: "document", id })),
    api.curation.documentAnchors({ documentId: id }),
  ]);
  const orphans = anchors.filter((a) => a.resolution.status === "orphan");
  const moved = anchors.filter((a) => a.resolution.status === "quote");

  return (
    <div className="space-y-8">
      <header className="space-y-1">
        <p className="text-sm text-muted">
          <Link href={adminRoutes.list("document")}>Documents</Link> ›{" "}
          <Link href={adminRoutes.entity("document", id)}>{id}</Link>
        </p>
        <h1 className="font-serif text-3xl font-semibold">Anchors in “{String(doc.values.title)}”</h1>
        <p className="text-sm text-muted">
          {anchors.length} anchors: {anchors.length - orphans.length - moved.length} in place, {moved.length} found
          again after an edit, {orphans.length} not found.
        </p>
      </header>

      {orphans.length > 0 && (
        <Box as="section" tone="danger" aria-labelledby="orphans-heading" className="space-y-2">
          <h2 id="orphans-heading" className="font-serif text-xl font-semibold">
            Not found in the current text
          </h2>
          <p className="text-sm text-muted">Edit each anchor’s exact words to match the text again, or delete it.</p>
          <ul className="space-y-1 text-sm">
            {orphans.map((a) => (
              <li key={a.id}>
                <Link href={adminRoutes.entity("anchor", a.id)}>“{a.exact}”</Link>{" "}
                <span className="text-muted">({a.id})</span>
              </li>
            ))}
          </ul>
        </Box>
      )}

      <AnchorTool documentId={id} text={String(doc.values.text)} />

      <section aria-labelledby="all-heading" className="space-y-3">
        <h2 id="all-heading" className="font-serif text-2xl font-semibold">
          All anchors
        </h2>
        <table className="w-full border-collapse text-sm">
          <TableHead columns={[{ label: "Words" }, { label: "Where" }, { label: "Status" }]} />
          <tbody>
            {anchors.map((a) => (
              <tr key={a.id} className="border-b border-rule align-top">
                <td className="py-2 pr-3">
                  <Link href={adminRoutes.entity("anchor", a.id)}>
                    {a.exact.length > 90 ? `${a.exact.slice(0, 87)}…` : a.exact}
                  </Link>
                </td>
                <td className="py-2 pr-3 whitespace-nowrap">
                  {a.resolution.status === "position" && `${a.start}–${a.end}`}
                  {a.resolution.status === "quote" && `moved to ${a.resolution.start}–${a.resolution.end}`}
                  {a.resolution.status === "orphan" && (
                    <span className="font-semibold text-rose-700 dark:text-rose-300">not found</span>
                  )}
                </td>
                <td className="py-2">{STATUS_LABELS[a.status]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </div>
  );
}
