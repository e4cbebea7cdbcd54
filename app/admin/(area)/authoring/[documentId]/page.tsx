import type { Metadata } from "next";
import { HydrateClient, orNotFound, trpc, getQueryClient } from "@/app/_trpc/server";
import { Workspace } from "./workspace";

export const metadata: Metadata = { title: "Proposals" };

type Props = { params: Promise<{ documentId: string }> };

/** The proposals for one document: accept, correct or leave out each, then create them as drafts. */
export default async function AuthoringDocumentPage({ params }: Props) {
  const { documentId } = await params;
  await orNotFound(getQueryClient().fetchQuery(trpc.authoring.propose.queryOptions({ documentId })));
  return (
    <HydrateClient>
      <Workspace documentId={documentId} />
    </HydrateClient>
  );
}
