"use client";

import { useMutation } from "@tanstack/react-query";
import { TRPCClientError } from "@trpc/client";
import type { inferRouterOutputs } from "@trpc/server";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert, Box, Button, inputClass } from "@/app/_components/ui";
import { useTRPC } from "@/app/_trpc/client";
import { ENTITIES, STATUS_LABELS, TRANSITION_LABELS, type EntityType } from "@/lib/curation/entities";
import { emptyValues, type Field, type Values } from "@/lib/curation/fields";
import { adminRoutes } from "@/lib/curation/routes";
import type { AppRouter } from "@/server/root";
import { FieldInput, type FormValue } from "./field-input";

type Entity = inferRouterOutputs<AppRouter>["curation"]["get"];
type Conflict = { version: number; values: Values; status: string };

const toForm = (fields: readonly Field[], values: Values): Record<string, FormValue> =>
  Object.fromEntries(
    fields.map((f) => [
      f.name,
      f.type === "lines"
        ? ((values[f.name] as string[] | null) ?? []).join("\n")
        : ((values[f.name] as FormValue) ?? null),
    ]),
  );

const fromForm = (fields: readonly Field[], form: Record<string, FormValue>): Values =>
  Object.fromEntries(
    fields.map((f) => [
      f.name,
      f.type === "lines"
        ? String(form[f.name] ?? "")
            .split("\n")
            .map((l) => l.trim())
            .filter(Boolean)
        : form[f.name],
    ]),
  );

function show(field: Field, value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (Array.isArray(value)) return value.length ? value.join(", ") : "—";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  return String(value);
}

interface ErrorData {
  fieldErrors?: Record<string, string[]> | null;
  conflict?: Conflict | null;
}

/**
 * One form for every kind of curated content, built from its field description. A failed
 * save keeps what was typed; a stale save shows the newer version beside the unsaved one.
 */
export function EntityEditor({
  type,
  initial,
  prefill = {},
  isAdmin = false,
  userName,
}: {
  type: EntityType;
  initial: Entity | null;
  /** For a new item: fields filled in advance (from the address). */
  prefill?: Values;
  isAdmin?: boolean;
  userName: string;
}) {
  const spec = ENTITIES[type];
  const trpc = useTRPC();
  const router = useRouter();
  const [form, setForm] = useState(() =>
    toForm(spec.fields, initial?.values ?? { ...emptyValues(spec.fields), ...prefill }),
  );
  const [baseVersion, setBaseVersion] = useState(initial?.version ?? 0);
  const [note, setNote] = useState("");
  const [idOverride, setIdOverride] = useState("");
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<{ kind: "error" | "ok"; text: string } | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const onError = (error: unknown) => {
    const data = (error instanceof TRPCClientError ? error.data : null) as ErrorData | null;
    setFieldErrors(data?.fieldErrors ?? {});
    if (data?.conflict) {
      setConflict(data.conflict);
      setMessage({
        kind: "error",
        text: `Someone saved version ${data.conflict.version} while you were editing. Compare below, then choose.`,
      });
    } else {
      setMessage({ kind: "error", text: error instanceof Error ? error.message : "The save failed." });
    }
  };
  const done = (text: string) => {
    setFieldErrors({});
    setConflict(null);
    setNote("");
    setMessage({ kind: "ok", text });
    router.refresh();
  };

  const create = useMutation(
    trpc.curation.create.mutationOptions({
      onSuccess: (created) => {
        router.push(adminRoutes.entity(type, created.id));
        router.refresh();
      },
      onError,
    }),
  );
  const update = useMutation(
    trpc.curation.update.mutationOptions({
      onSuccess: (saved) => {
        setBaseVersion(saved.version);
        setForm(toForm(spec.fields, saved.values));
        done(`Saved as version ${saved.version}.`);
      },
      onError,
    }),
  );
  const move = useMutation(
    trpc.curation.transition.mutationOptions({
      onSuccess: (s) => (setBaseVersion(s.version), done(`Now ${STATUS_LABELS[s.status].toLowerCase()}.`)),
      onError,
    }),
  );
  const remove = useMutation(
    trpc.curation.delete.mutationOptions({
      onSuccess: (s) => (setBaseVersion(s.version), done("Moved to the bin. An admin can restore it.")),
      onError,
    }),
  );
  const restore = useMutation(
    trpc.curation.restore.mutationOptions({
      onSuccess: (s) => (setBaseVersion(s.version), done("Restored.")),
      onError,
    }),
  );
  const busy = create.isPending || update.isPending || move.isPending || remove.isPending || restore.isPending;

  function save(event?: FormEvent, version = baseVersion) {
    event?.preventDefault();
    setMessage(null);
    const values = fromForm(spec.fields, form);
    if (!initial) create.mutate({ type, values, id: idOverride.trim() || undefined, note: note || undefined });
    else update.mutate({ type, id: initial.id, baseVersion: version, values, note: note || undefined });
  }

  const errorSummary = Object.entries(fieldErrors);
  const differing = conflict
    ? spec.fields.filter(
        (f) => JSON.stringify(conflict.values[f.name] ?? null) !== JSON.stringify(fromForm([f], form)[f.name] ?? null),
      )
    : [];

  return (
    <div className="space-y-6">
      {initial && (
        <Box pad="sm" className="flex flex-wrap items-center gap-3 text-sm">
          <span>
            <span className="font-semibold">{initial.deletedAt ? "Deleted" : STATUS_LABELS[initial.status]}</span> ·
            version {baseVersion}
          </span>
          {!initial.deletedAt &&
            initial.transitions.map((to) => (
              <Button
                key={to}
                variant="secondary"
                size="sm"
                disabled={busy}
                onClick={() => move.mutate({ type, id: initial.id, baseVersion, to })}
              >
                {TRANSITION_LABELS[to]}
              </Button>
            ))}
          {!initial.deletedAt && (
            <Button
              variant="danger"
              size="sm"
              disabled={busy}
              onClick={() =>
                window.confirm("Move this to the bin? It stays in the database and an admin can restore it.") &&
                remove.mutate({ type, id: initial.id, baseVersion })
              }
              className="ml-auto"
            >
              Delete
            </Button>
          )}
          {initial.deletedAt && isAdmin && (
            <Button
              variant="secondary"
              size="sm"
              disabled={busy}
              onClick={() => restore.mutate({ type, id: initial.id, baseVersion })}
            >
              Restore
            </Button>
          )}
        </Box>
      )}

      {message && <Alert tone={message.kind === "error" ? "error" : "success"}>{message.text}</Alert>}
      {errorSummary.length > 0 && (
        <Alert tone="error" title="Please correct:">
          <ul className="list-disc pl-5">
            {errorSummary.map(([name, errs]) => (
              <li key={name}>
                <a href={`#field-${name}`}>{spec.fields.find((f) => f.name === name)?.label ?? name}</a>:{" "}
                {errs.join("; ")}
              </li>
            ))}
          </ul>
        </Alert>
      )}

      {conflict && (
        <Box as="section" tone="warning" aria-labelledby="conflict-heading" className="space-y-3">
          <h2 id="conflict-heading" className="font-serif text-xl font-semibold">
            Your changes and the newer version (v{conflict.version})
          </h2>
          {differing.length === 0 ? (
            <p className="text-sm">The newer version already holds what you typed.</p>
          ) : (
            <table className="w-full text-sm">
              <thead>
                <tr className="text-left">
                  <th scope="col" className="py-1 pr-3">
                    Field
                  </th>
                  <th scope="col" className="py-1 pr-3">
                    Saved by someone else
                  </th>
                  <th scope="col" className="py-1">
                    Yours, not saved
                  </th>
                </tr>
              </thead>
              <tbody>
                {differing.map((f) => (
                  <tr key={f.name} className="border-t border-rule align-top">
                    <th scope="row" className="py-2 pr-3 text-left font-medium">
                      {f.label}
                    </th>
                    <td className="py-2 pr-3 whitespace-pre-wrap">{show(f, conflict.values[f.name])}</td>
                    <td className="py-2 whitespace-pre-wrap">{show(f, fromForm([f], form)[f.name])}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="flex flex-wrap gap-2">
            <Button disabled={busy} onClick={() => save(undefined, conflict.version)}>
              Save mine over version {conflict.version}
            </Button>
            <Button
              variant="secondary"
              onClick={() => {
                setForm(toForm(spec.fields, conflict.values));
                setBaseVersion(conflict.version);
                setConflict(null);
                setMessage({ kind: "ok", text: `Showing version ${conflict.version}; your changes were set aside.` });
              }}
            >
              Use version {conflict.version} instead
            </Button>
          </div>
        </Box>
      )}

      <form onSubmit={save} noValidate className="space-y-5">
        {!initial && spec.idPrefix !== null && type !== "case" && (
          <div className="space-y-1">
            <label htmlFor="field-id" className="block text-sm font-medium">
              Id (optional)
            </label>
            <input
              id="field-id"
              value={idOverride}
              onChange={(e) => setIdOverride(e.target.value)}
              aria-describedby="field-id-help"
              className={inputClass(Boolean(fieldErrors.id))}
            />
            <p id="field-id-help" className="text-xs text-muted">
              Left empty, it is made from the {spec.fields.find((f) => f.name === spec.titleField)?.label.toLowerCase()}
              . It becomes the permanent address.
            </p>
            {fieldErrors.id && (
              <p className="text-sm font-medium text-rose-700 dark:text-rose-300">{fieldErrors.id.join("; ")}</p>
            )}
          </div>
        )}
        {spec.fields.some((f) => f.name === "verifiedBy") && (
          <Box as="p" pad="sm" className="flex flex-wrap items-center gap-3 text-sm">
            <span>Checked this against the original?</span>
            <Button
              variant="secondary"
              size="sm"
              onClick={() =>
                setForm((f) => ({ ...f, verifiedBy: userName, verifiedOn: new Date().toISOString().slice(0, 10) }))
              }
            >
              Stamp “verified by {userName} today”
            </Button>
          </Box>
        )}
        {spec.fields.map((field) => (
          <FieldInput
            key={field.name}
            field={field}
            value={form[field.name] ?? null}
            error={fieldErrors[field.name]}
            onChange={(v) => setForm((f) => ({ ...f, [field.name]: v }))}
          />
        ))}
        <div className="space-y-1">
          <label htmlFor="field-note" className="block text-sm font-medium">
            Note for the history (optional)
          </label>
          <input
            id="field-note"
            value={note}
            onChange={(e) => setNote(e.target.value)}
            maxLength={2000}
            className={inputClass()}
          />
        </div>
        <Button type="submit" disabled={busy || (initial?.deletedAt ?? null) !== null}>
          {busy ? "Saving…" : initial ? "Save changes" : `Create ${spec.label.toLowerCase()}`}
        </Button>
      </form>
    </div>
  );
}
