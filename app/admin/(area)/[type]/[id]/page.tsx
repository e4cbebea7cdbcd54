import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { api, orNotFound } from "@/app/_trpc/server";
import { ENTITIES, entityTypeFromSlug } from "@/lib/curation/entities";
import { adminRoutes } from "@/lib/curation/routes";
import { EntityEditor } from "../../entity-editor";

type Props = { params: Promise<{ type: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { type, id } = await params;
  const t = entityTypeFromSlug(type);
  return { title: t ? `${ENTITIES[t].label} ${id}` : "Not found" };
}

export default async function EditEntityPage({ params }: Props) {
  const { type: slug, id } = await params;
  const type = entityTypeFromSlug(slug);
  if (!type) notFound();
  const [entity, me] = await Promise.all([orNotFound(api.curation.get({ type, id })), api.auth.me()]);
  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <p className="text-sm text-muted">
          <Link href={adminRoutes.list(type)}>{ENTITIES[type].plural}</Link> › <span className="font-mono">{id}</span>
        </p>
        <h1 className="font-serif text-3xl font-semibold">Edit {ENTITIES[type].label.toLowerCase()}</h1>
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href={adminRoutes.history(type, id)}>History and revert</Link>
          {type === "document" && <Link href={adminRoutes.anchors(id)}>Anchors and the anchoring tool</Link>}
          {(type === "argument" || type === "position" || type === "document") && (
            <Link href={adminRoutes.preview(type, id)}>Preview in context</Link>
          )}
        </p>
      </header>
      <EntityEditor type={type} initial={entity} isAdmin={me?.role === "admin"} userName={me?.name ?? ""} />
    </div>
  );
}
