"use client";

import type { EntityType } from "@/lib/curation/entities";
import type { Field } from "@/lib/curation/fields";
import { inputClass } from "@/app/_components/ui";
import { RefChip, RefSearch } from "./ref-picker";

/** Form state keeps "lines" fields as the text being typed; everything else as its value. */
export type FormValue = string | number | boolean | string[] | null;

export function FieldInput({
  field,
  value,
  onChange,
  error,
}: {
  field: Field;
  value: FormValue;
  onChange: (v: FormValue) => void;
  error?: string[];
}) {
  const id = `field-${field.name}`;
  const helpId = field.help ? `${id}-help` : undefined;
  const errorId = error?.length ? `${id}-error` : undefined;
  const describedBy = [helpId, errorId].filter(Boolean).join(" ") || undefined;
  const invalid = Boolean(error?.length);
  const common = { id, "aria-describedby": describedBy, "aria-invalid": invalid || undefined } as const;

  let control;
  switch (field.type) {
    case "textarea":
      control = (
        <textarea
          {...common}
          rows={field.name === "text" ? 16 : 4}
          value={(value as string) ?? ""}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass(invalid)}
        />
      );
      break;
    case "lines":
      control = (
        <textarea
          {...common}
          rows={3}
          value={(value as string) ?? ""}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass(invalid)}
        />
      );
      break;
    case "select":
      control = (
        <select
          {...common}
          value={(value as string) ?? ""}
          onChange={(e) => onChange(e.target.value || null)}
          className={inputClass(invalid)}
        >
          <option value="">{field.required ? "Choose…" : "—"}</option>
          {field.options.map((o) => (
            <option key={o} value={o}>
              {field.labels?.[o] ?? o.replace(/_/g, " ")}
            </option>
          ))}
        </select>
      );
      break;
    case "checkbox":
      return (
        <div className="space-y-1">
          <label htmlFor={id} className="flex items-center gap-2 text-sm font-medium">
            <input {...common} type="checkbox" checked={Boolean(value)} onChange={(e) => onChange(e.target.checked)} />
            {field.label}
          </label>
          <FieldNotes helpId={helpId} help={field.help} errorId={errorId} error={error} />
        </div>
      );
    case "number":
      control = (
        <input
          {...common}
          type="number"
          min={0}
          value={(value as number) ?? 0}
          onChange={(e) => onChange(e.target.value === "" ? 0 : Number(e.target.value))}
          className={inputClass(invalid, "max-w-32")}
        />
      );
      break;
    case "ref": {
      const current = value as string | null;
      control = current ? (
        <div>
          <RefChip
            target={field.target as EntityType}
            id={current}
            label={field.label}
            onRemove={() => onChange(null)}
          />
        </div>
      ) : (
        <RefSearch
          target={field.target as EntityType}
          inputId={id}
          label={field.label}
          describedBy={describedBy}
          onPick={(picked) => onChange(picked)}
        />
      );
      break;
    }
    case "refs": {
      const list = (value as string[]) ?? [];
      control = (
        <div className="space-y-2">
          {list.length > 0 && (
            <ul className="flex flex-wrap gap-2" aria-label={`${field.label}: chosen`}>
              {list.map((refId) => (
                <li key={refId}>
                  <RefChip
                    target={field.target as EntityType}
                    id={refId}
                    label={field.label}
                    onRemove={() => onChange(list.filter((x) => x !== refId))}
                  />
                </li>
              ))}
            </ul>
          )}
          <RefSearch
            target={field.target as EntityType}
            inputId={id}
            label={`Add to ${field.label}`}
            describedBy={describedBy}
            exclude={list}
            onPick={(picked) => onChange([...list, picked])}
          />
        </div>
      );
      break;
    }
    default:
      control = (
        <input
          {...common}
          type={field.type === "date" ? "date" : field.type === "url" ? "url" : "text"}
          value={(value as string) ?? ""}
          onChange={(e) => onChange(e.target.value)}
          className={inputClass(invalid)}
        />
      );
  }
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {field.label}
        {field.required && <span className="text-rose-700 dark:text-rose-300"> (required)</span>}
      </label>
      {control}
      <FieldNotes helpId={helpId} help={field.help} errorId={errorId} error={error} />
    </div>
  );
}

function FieldNotes({
  helpId,
  help,
  errorId,
  error,
}: {
  helpId?: string;
  help?: string;
  errorId?: string;
  error?: string[];
}) {
  return (
    <>
      {help && (
        <p id={helpId} className="text-xs text-muted">
          {help}
        </p>
      )}
      {error?.length ? (
        <p id={errorId} className="text-sm font-medium text-rose-700 dark:text-rose-300">
          {error.join("; ")}
        </p>
      ) : null}
    </>
  );
}
