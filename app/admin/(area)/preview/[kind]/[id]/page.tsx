import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArgumentView } from "@/app/_components/argument-view";
import { NotYetCitable } from "@/app/_components/cite-this";
import { DocumentReader } from "@/app/_components/document-reader";
import { PositionView } from "@/app/_components/position-view";
import { Box } from "@/app/_components/ui";
import { api, orNotFound } from "@/app/_trpc/server";
import { entityTypeFromSlug } from "@/lib/curation/entities";
import { adminRoutes } from "@/lib/curation/routes";

type Props = { params: Promise<{ kind: string; id: string }> };

export const metadata: Metadata = { title: "Preview" };

/** A public page as it will look once everything in draft and review is published. */
export default async function PreviewPage({ params }: Props) {
  const { kind, id } = await params;
  const type = entityTypeFromSlug(kind);
  let view;
  if (type === "argument") {
    const a = await orNotFound(api.preview.argument({ id }));
    view = <ArgumentView a={a} cite={<NotYetCitable />} />;
  } else if (type === "position") {
    view = <PositionView p={await orNotFound(api.preview.position({ id }))} />;
  } else if (type === "document") {
    view = <DocumentReader doc={await orNotFound(api.preview.document({ id }))} />;
  } else {
    notFound();
  }
  return (
    <div className="space-y-6">
      <Box as="p" role="note" tone="pending" pad="sm" className="text-sm">
        <strong>Preview.</strong> Drafts and items in review are shown in place; readers see only what is published.{" "}
        <Link href={adminRoutes.entity(type, id)}>Back to editing</Link>
      </Box>
      {view}
    </div>
  );
}
