import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { Suspense, type ReactNode } from "react";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { CopyButton } from "@/app/_components/copy-button";
import { Section } from "@/app/_components/section";
import { siteOrigin } from "@/app/_components/site-origin";
import { Box } from "@/app/_components/ui";
import { routes } from "@/lib/routes";
import { ENDPOINTS } from "@/server/rest/endpoints";
import { API_BASE } from "@/server/rest/handler";
import { openApiDocument } from "@/server/rest/openapi";
import { READ_LIMITS } from "@/server/services/rate-limit";

export const metadata: Metadata = {
  title: "Data and API for developers",
  description: "The War Powers Explorer's public REST API: plain JSON, described by an OpenAPI 3.1 document.",
  alternates: { canonical: routes.developers() },
};

/** A JSON Schema as the document has it (the parts this page reads). */
type Schema = {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
};

const refName = (ref: string) => ref.split("/").at(-1)!;
const SAFE_INT = 9_007_199_254_740_991;

/** A schema in a few words: "string or null", "array of Argument", "one of day, month, year". */
function typeLabel(schema: Schema): ReactNode {
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return name === "readableId" ? "id" : <a href={`#schema-${name}`}>{name}</a>;
  }
  if (schema.anyOf) {
    const nonNull = schema.anyOf.filter((s) => s.type !== "null");
    const nullable = nonNull.length < schema.anyOf.length;
    return (
      <>
        {nonNull.map((s, i) => (
          <span key={i}>
            {i > 0 && " or "}
            {typeLabel(s)}
          </span>
        ))}
        {nullable && " or null"}
      </>
    );
  }
  if (schema.enum) return `one of ${schema.enum.map(String).join(", ")}`;
  if (schema.type === "array" && schema.items) return <>array of {typeLabel(schema.items)}</>;
  const bounds = [
    schema.minimum !== undefined && Math.abs(schema.minimum) < SAFE_INT ? `from ${schema.minimum}` : null,
    schema.maximum !== undefined && Math.abs(schema.maximum) < SAFE_INT ? `to ${schema.maximum}` : null,
    schema.maxLength !== undefined ? `at most ${schema.maxLength} characters` : null,
  ].filter(Boolean);
  return `${[schema.type ?? "any"].flat().join(" or ")}${bounds.length ? ` (${bounds.join(", ")})` : ""}`;
}

/** An object's fields, nested objects and arrays of objects opened in place. */
function Fields({ schema }: { schema: Schema }) {
  const inner = (s: Schema): Schema | null => {
    const base = s.anyOf?.find((x) => x.type !== "null") ?? s;
    if (base.type === "object" && base.properties) return base;
    if (base.type === "array" && base.items?.type === "object" && base.items.properties) return base.items;
    return null;
  };
  return (
    <ul className="space-y-1 border-l border-rule pl-3 text-sm">
      {Object.entries(schema.properties ?? {}).map(([name, s]) => {
        const nested = inner(s);
        return (
          <li key={name}>
            <code className="font-mono font-semibold">{name}</code>{" "}
            <span className="text-muted">
              {nested
                ? s.type === "array" || s.anyOf?.some((x) => x.type === "array")
                  ? "array of objects"
                  : "object"
                : typeLabel(s)}
              {nested && s.anyOf?.some((x) => x.type === "null") ? " or null" : ""}
              {schema.required?.includes(name) ? "" : ", optional"}
            </span>
            {s.description && <span className="text-muted"> · {s.description}</span>}
            {nested && (
              <div className="mt-1">
                <Fields schema={nested} />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

type Operation = {
  operationId: string;
  summary: string;
  description: string;
  parameters?: { in: "path" | "query"; name: string; required?: boolean; description?: string; schema: Schema }[];
  responses: Record<string, { content?: { "application/json": { schema: Schema } } }>;
};

/**
 * The public API's reference, read from its OpenAPI document (server/rest/openapi.ts), so it
 * describes exactly what the API checks: each endpoint with its parameters, its answer and a
 * curl command to try, then the shapes of the answers. Rendered per request, so that the
 * addresses are the running server's SITE_URL, not the build machine's.
 */
export default function DevelopersPage() {
  return (
    <Suspense fallback={<p className="text-muted">Loading the API reference…</p>}>
      <Reference />
    </Suspense>
  );
}

async function Reference() {
  await connection();
  const origin = siteOrigin();
  const doc = openApiDocument(origin) as unknown as {
    paths: Record<string, { get: Operation }>;
    components: { schemas: Record<string, Schema> };
  };
  const base = `${origin}${API_BASE}`;
  const limit = READ_LIMITS.api;
  const schemas = Object.entries(doc.components.schemas).filter(([name]) => name !== "readableId");

  return (
    <article className="space-y-12">
      <Breadcrumbs items={[{ label: "Data and API for developers" }]} />
      <header className="max-w-3xl space-y-4">
        <h1 className="font-serif text-3xl font-semibold leading-tight sm:text-4xl">Data and API for developers</h1>
        <p className="text-lg leading-relaxed">
          Everything published here can be read as plain JSON from a REST API: cases, positions, arguments and their
          versions, legal sources with what cites them, and search. No key is needed.
        </p>
        <ul className="list-disc space-y-1 pl-6 text-sm leading-relaxed">
          <li>
            Base address: <code className="break-all font-mono">{base}</code>
          </li>
          <li>
            The OpenAPI 3.1 document:{" "}
            <a href={`${API_BASE}/openapi.json`} className="font-mono">
              {API_BASE}/openapi.json
            </a>{" "}
            (for code generators, Postman, or a Swagger viewer).
          </li>
          <li>
            Every answer carries an <code className="font-mono">ETag</code>: send it back as{" "}
            <code className="font-mono">If-None-Match</code> and the answer is <code className="font-mono">304</code>{" "}
            until the data changes.
          </li>
          <li>
            Any website may call it from a browser (CORS is open for GET). At most {limit.max} requests a minute from
            one network; past that the answer is <code className="font-mono">429</code> with{" "}
            <code className="font-mono">Retry-After</code>.
          </li>
          <li>
            A refusal is JSON too: <code className="font-mono">{`{"error":{"code":"NOT_FOUND","message":"…"}}`}</code>,
            with status 400, 404, 429 or 503.
          </li>
          <li>
            Also for researchers: each case page offers its whole data as files (JSON, CSV, AIF, Argdown, Web
            Annotations, CSL-JSON), each citable page its citation as BibTeX, RIS and CSL-JSON, and changes come as{" "}
            <a href={routes.siteFeed()} type="application/atom+xml">
              an Atom feed
            </a>
            . See also the <Link href={routes.sources()}>legal-source library</Link>.
          </li>
        </ul>
      </header>

      <Section id="endpoints" title="Endpoints">
        <div className="grid gap-6 lg:grid-cols-2">
          {ENDPOINTS.map((e) => {
            const op = doc.paths[e.path]!.get;
            const ok = op.responses["200"]?.content?.["application/json"].schema;
            const command = `curl -s '${base}${e.example}'`;
            return (
              <Box
                as="section"
                pad="lg"
                key={e.operationId}
                id={e.operationId}
                aria-labelledby={`${e.operationId}-h`}
                className="min-w-0 space-y-3"
              >
                <h3 id={`${e.operationId}-h`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <span className="rounded bg-accent-soft px-1.5 py-0.5 font-mono text-xs font-semibold text-accent">
                    GET
                  </span>{" "}
                  <code className="break-all font-mono text-base font-semibold">{e.path}</code>{" "}
                  <span className="text-sm text-muted">{op.summary}</span>
                </h3>
                <p className="text-sm leading-relaxed">{op.description}</p>
                {op.parameters?.length ? (
                  <div className="space-y-1">
                    <p className="text-xs font-medium uppercase tracking-wide text-muted">Parameters</p>
                    <ul className="space-y-1 text-sm">
                      {op.parameters.map((p) => (
                        <li key={`${p.in}-${p.name}`}>
                          <code className="font-mono font-semibold">{p.name}</code>{" "}
                          <span className="text-muted">
                            in the {p.in}, {typeLabel(p.schema)}
                            {p.required
                              ? ", required"
                              : p.schema.default !== undefined
                                ? `, default ${String(p.schema.default)}`
                                : ", optional"}
                            {p.description ? ` · ${p.description}` : ""}
                          </span>
                        </li>
                      ))}
                    </ul>
                  </div>
                ) : null}
                {ok && (
                  <p className="text-sm">
                    <span className="text-xs font-medium uppercase tracking-wide text-muted">Answers</span>{" "}
                    {typeLabel(ok)}
                  </p>
                )}
                <div className="space-y-1">
                  <pre className="whitespace-pre-wrap break-all rounded bg-paper p-3 font-mono text-xs">{command}</pre>
                  <CopyButton text={command} label="Copy command" />
                </div>
              </Box>
            );
          })}
        </div>
      </Section>

      <Section id="schemas" title="What the answers hold">
        <div className="grid gap-6 lg:grid-cols-2">
          {schemas.map(([name, schema]) => (
            <section
              key={name}
              id={`schema-${name}`}
              aria-labelledby={`schema-${name}-h`}
              className="min-w-0 space-y-2"
            >
              <h3 id={`schema-${name}-h`} className="font-mono text-base font-semibold">
                {name}
              </h3>
              {schema.description && <p className="text-sm text-muted">{schema.description}</p>}
              {schema.type === "array" && schema.items ? (
                <>
                  <p className="text-sm">An array of:</p>
                  {schema.items.properties ? (
                    <Fields schema={schema.items} />
                  ) : (
                    <p className="text-sm">{typeLabel(schema.items)}</p>
                  )}
                </>
              ) : (
                <Fields schema={schema} />
              )}
            </section>
          ))}
        </div>
      </Section>
    </article>
  );
}
