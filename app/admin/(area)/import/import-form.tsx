"use client";

import { useMutation } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import { Alert, Box, Button, inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";
import { adminRoutes } from "@/lib/curation/routes";

/** Choose a file, check it (a dry run that changes nothing), then import it. */
export function ImportForm({ maxBytes, cases }: { maxBytes: number; cases: { slug: string; title: string }[] }) {
  const trpc = useTRPC();
  const [text, setText] = useState<string | null>(null);
  const [name, setName] = useState("");
  const [fileError, setFileError] = useState<string | null>(null);
  const [format, setFormat] = useState<"case" | "aif">("case");
  const [caseSlug, setCaseSlug] = useState(cases[0]?.slug ?? "");
  const [positionTitle, setPositionTitle] = useState("Imported argument graph");
  const caseRun = useMutation(trpc.curation.importCase.mutationOptions());
  const aifRun = useMutation(trpc.curation.importAif.mutationOptions());
  const run = format === "case" ? caseRun : aifRun;
  const report = run.data;
  const start = (dryRun: boolean) => {
    if (!text) return;
    if (format === "case") caseRun.mutate({ text, dryRun });
    else aifRun.mutate({ text, dryRun, caseSlug, positionTitle });
  };

  async function choose(file: File | undefined) {
    caseRun.reset();
    aifRun.reset();
    setText(null);
    setFileError(null);
    if (!file) return;
    setName(file.name);
    if (file.size > maxBytes) {
      setFileError(
        `${file.name} is ${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is ${maxBytes / 1024 / 1024} MB.`,
      );
      return;
    }
    setText(await file.text());
  }

  return (
    <div className="space-y-6">
      <Box className="space-y-3">
        <fieldset className="flex flex-wrap gap-4 text-sm">
          <legend className="mb-1 font-medium">What the file holds</legend>
          <label className="flex items-center gap-2">
            <input type="radio" name="format" checked={format === "case"} onChange={() => setFormat("case")} /> A whole
            case (JSON exported from here)
          </label>
          <label className="flex items-center gap-2">
            <input type="radio" name="format" checked={format === "aif"} onChange={() => setFormat("aif")} /> An
            argument graph (AIF JSON, from AIFdb or OVA)
          </label>
        </fieldset>
        {format === "aif" && (
          <div className="grid gap-3 sm:grid-cols-2">
            <label className="flex flex-col gap-1 text-sm font-medium">
              Into the case
              <select value={caseSlug} onChange={(e) => setCaseSlug(e.target.value)} className={inputClass()}>
                {cases.map((c) => (
                  <option key={c.slug} value={c.slug}>
                    {c.title}
                  </option>
                ))}
              </select>
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium">
              As a new position titled
              <input
                value={positionTitle}
                onChange={(e) => setPositionTitle(e.target.value)}
                className={inputClass()}
              />
            </label>
          </div>
        )}
        <label htmlFor="import-file" className="block font-medium">
          {format === "case" ? "A case exported as JSON (format war-powers-explorer/1)" : "An AIF JSON file"}
        </label>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          onChange={(e) => choose(e.target.files?.[0])}
          className="block text-sm"
        />
        {fileError && (
          <p role="alert" className="text-sm text-rose-700 dark:text-rose-300">
            {fileError}
          </p>
        )}
        <div className="flex flex-wrap gap-2 pt-2">
          <Button variant="secondary" disabled={!text || run.isPending} onClick={() => start(true)}>
            Check (changes nothing)
          </Button>
          <Button
            disabled={!text || run.isPending || !(report?.ok && run.variables?.dryRun)}
            onClick={() => start(false)}
          >
            Import as drafts
          </Button>
        </div>
      </Box>

      {run.error && <Alert tone="error">{run.error.message}</Alert>}
      {report && (
        <Box as="section" aria-labelledby="report-heading" className="space-y-3" role="status">
          <h2 id="report-heading" className="font-serif text-xl font-semibold">
            {!report.ok
              ? `${name}: ${report.problems.length} problem${report.problems.length === 1 ? "" : "s"}, nothing imported`
              : run.variables?.dryRun
                ? `${name} is ready to import`
                : `Imported ${name}`}
          </h2>
          {!report.ok && (
            <ul className="max-h-96 space-y-1 overflow-auto font-mono text-sm">
              {report.problems.map((p, i) => (
                <li key={i}>
                  <span className="font-semibold">{p.path}</span> {p.message}
                </li>
              ))}
            </ul>
          )}
          {"skipped" in report && report.skipped.length > 0 && (
            <div className="text-sm">
              <p className="font-semibold">Not brought in (listed, not dropped silently):</p>
              <ul className="font-mono">
                {report.skipped.map((p, i) => (
                  <li key={i}>
                    {p.path} {p.message}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {report.ok && (
            <>
              <p className="text-sm">{run.variables?.dryRun ? "It would create:" : "Created, all as drafts:"}</p>
              <ul className="grid gap-1 text-sm sm:grid-cols-3">
                {Object.entries(report.created)
                  .filter(([, n]) => n)
                  .map(([table, n]) => (
                    <li key={table}>
                      {n} {table}
                    </li>
                  ))}
              </ul>
              {"kept" in report && (report.kept.actors.length > 0 || report.kept.legalSources.length > 0) && (
                <p className="text-sm text-muted">
                  Already here and kept as they are: {[...report.kept.actors, ...report.kept.legalSources].join(", ")}
                </p>
              )}
              {!run.variables?.dryRun && "positionId" in report && report.positionId && (
                <p>
                  <Link href={adminRoutes.entity("position", report.positionId)}>Open the new position</Link>
                </p>
              )}
              {!run.variables?.dryRun && "caseSlug" in report && report.caseSlug && (
                <p>
                  <Link href={adminRoutes.list("case", { text: report.caseSlug })}>See the imported case in Cases</Link>
                </p>
              )}
            </>
          )}
        </Box>
      )}
    </div>
  );
}
