import type { Metadata } from "next";
import { api } from "@/app/_trpc/server";
import { IMPORT_MAX_BYTES } from "@/lib/export/json";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const { items } = await api.curation.list({ type: "case" });
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Import a case</h1>
        <p className="text-muted">
          Bring in a case exported from War Powers Explorer, or an argument graph in AIF (from AIFdb or OVA) as a new
          position of a case. The file is checked in full first; every problem is listed with where it is. Importing
          writes everything in one step, or nothing, and every item starts as a draft.
        </p>
      </header>
      <ImportForm maxBytes={IMPORT_MAX_BYTES} cases={items.map((c) => ({ slug: c.id, title: c.title ?? c.id }))} />
    </div>
  );
}
