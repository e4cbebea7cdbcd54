import type { Metadata } from "next";
import { api } from "@/app/_trpc/server";
import { StartForm } from "./start-form";

export const metadata: Metadata = { title: "New case from a document" };

/** The authoring workspace's first step: the document to build a case from. */
export default async function AuthoringPage() {
  const { items } = await api.curation.list({ type: "case" });
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="font-serif text-3xl font-semibold">Build a case from a document</h1>
        <p className="text-muted">
          Paste an article or statement, or choose a .txt, .md or .html file. It is stored exactly as it is (HTML as its
          text), and the next page proposes its quotations and who said them, its events and dates, the people and
          groups it names and the law it cites, each with why. You accept, correct or leave out each one; accepting
          makes drafts, anchored in the text.
        </p>
      </header>
      <StartForm cases={items.map((c) => ({ slug: c.id, title: c.title ?? c.id }))} />
    </div>
  );
}
