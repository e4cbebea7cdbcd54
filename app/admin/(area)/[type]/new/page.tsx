import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { api } from "@/app/_trpc/server";
import { ENTITIES, entityTypeFromSlug } from "@/lib/curation/entities";
import { prefillFrom } from "@/lib/curation/fields";
import { EntityEditor } from "../../entity-editor";

type Props = {
  params: Promise<{ type: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const type = entityTypeFromSlug((await params).type);
  return { title: type ? `New ${ENTITIES[type].label.toLowerCase()}` : "Not found" };
}

export default async function NewEntityPage({ params, searchParams }: Props) {
  const type = entityTypeFromSlug((await params).type);
  if (!type) notFound();
  // "Start an argument from this quote" and the like fill some fields from the address.
  const prefill = prefillFrom(ENTITIES[type].fields, await searchParams);
  const me = await api.auth.me();
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-semibold">New {ENTITIES[type].label.toLowerCase()}</h1>
      <EntityEditor type={type} initial={null} prefill={prefill} userName={me?.name ?? ""} />
    </div>
  );
}
