"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, Box, Button, inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";
import { adminRoutes } from "@/lib/curation/routes";

const FORMAT_OF: Record<string, "text" | "markdown" | "html"> = {
  txt: "text",
  md: "markdown",
  html: "html",
  htm: "html",
};
const label = "flex flex-col gap-1 text-sm font-medium";

/** The document and the case it goes into (a new draft case by default). */
export function StartForm({ cases }: { cases: { slug: string; title: string }[] }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [caseChoice, setCaseChoice] = useState("new");
  const [newTitle, setNewTitle] = useState("");
  const [title, setTitle] = useState("");
  const [publisher, setPublisher] = useState("");
  const [date, setDate] = useState("");
  const [url, setUrl] = useState("");
  const [content, setContent] = useState("");
  const [format, setFormat] = useState<"text" | "markdown" | "html">("text");
  const [fileNote, setFileNote] = useState<string | null>(null);
  const start = useMutation(
    trpc.authoring.start.mutationOptions({
      onSuccess: ({ documentId }) => router.push(adminRoutes.authoringDocument(documentId)),
    }),
  );

  async function choose(file: File | undefined) {
    if (!file) return;
    const kind = FORMAT_OF[file.name.split(".").at(-1)?.toLowerCase() ?? ""];
    if (!kind) {
      setFileNote(`${file.name} is not a .txt, .md or .html file.`);
      return;
    }
    setFormat(kind);
    setContent(await file.text());
    setFileNote(`${file.name} read${kind === "html" ? "; its text is kept, its markup dropped when stored" : ""}.`);
    if (!title) setTitle(file.name.replace(/\.[^.]+$/, ""));
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    start.mutate({
      case: caseChoice === "new" ? { newTitle } : { slug: caseChoice },
      title,
      publisher: publisher.trim() || null,
      date: date || null,
      url: url.trim() || null,
      format,
      content,
    });
  }

  const error = start.error;
  return (
    <form onSubmit={submit} className="max-w-3xl space-y-6">
      <Box className="space-y-4">
        <label className={label}>
          Case
          <select value={caseChoice} onChange={(e) => setCaseChoice(e.target.value)} className={inputClass()}>
            <option value="new">A new case (a draft)</option>
            {cases.map((c) => (
              <option key={c.slug} value={c.slug}>
                {c.title}
              </option>
            ))}
          </select>
        </label>
        {caseChoice === "new" && (
          <label className={label}>
            Title of the new case
            <input required value={newTitle} onChange={(e) => setNewTitle(e.target.value)} className={inputClass()} />
          </label>
        )}
      </Box>
      <Box className="space-y-4">
        <label className={label}>
          Title of the document
          <input required value={title} onChange={(e) => setTitle(e.target.value)} className={inputClass()} />
        </label>
        <div className="grid gap-4 sm:grid-cols-3">
          <label className={label}>
            Publisher
            <input value={publisher} onChange={(e) => setPublisher(e.target.value)} className={inputClass()} />
          </label>
          <label className={label}>
            Published on
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} className={inputClass()} />
          </label>
          <label className={label}>
            Web address
            <input type="url" value={url} onChange={(e) => setUrl(e.target.value)} className={inputClass()} />
          </label>
        </div>
        <p className="text-xs text-muted">
          The date is what “on Thursday” and “last night” are read against; without one, today’s is used.
        </p>
        <label className={label}>
          The text
          <textarea
            required
            rows={14}
            value={content}
            onChange={(e) => {
              setContent(e.target.value);
              setFormat("text");
            }}
            className={inputClass(false, "font-serif")}
          />
        </label>
        <label className={label}>
          Or a file (.txt, .md, .html)
          <input type="file" accept=".txt,.md,.html,.htm" onChange={(e) => void choose(e.target.files?.[0])} />
        </label>
        {fileNote && <p className="text-sm text-muted">{fileNote}</p>}
      </Box>
      {error && (
        <Alert tone="error" title="The document was not stored">
          {error.message}
        </Alert>
      )}
      <Button type="submit" disabled={start.isPending}>
        {start.isPending ? "Reading the document…" : "Store it and propose"}
      </Button>
    </form>
  );
}
