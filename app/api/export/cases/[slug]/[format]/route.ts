import { api } from "@/app/_trpc/server";
import { siteOrigin } from "@/app/_components/site-origin";
import { toAif } from "@/lib/export/aif";
import { toWebAnnotations } from "@/lib/export/annotations";
import { toArgdown } from "@/lib/export/argdown";
import { toCsl } from "@/lib/export/csl";
import { argumentsCsv, eventsCsv, quotesCsv, sourcesCsv } from "@/lib/export/csv";
import { toCaseJson } from "@/lib/export/json";
import { download, exportError } from "@/server/export-response";
import { readLimitRefusal } from "@/server/read-limit-response";

type Data = Awaited<ReturnType<typeof api.export.caseData>>;

/** The case in every research format: /api/export/cases/<slug>/<format>. */
const FORMATS: Record<string, { file: (slug: string) => string; type: string; render: (data: Data, origin: string) => string }> = {
  json: { file: (s) => `${s}.json`, type: "application/json", render: (d) => JSON.stringify(toCaseJson(d), null, 2) },
  "arguments.csv": { file: (s) => `${s}-arguments.csv`, type: "text/csv", render: argumentsCsv },
  "sources.csv": { file: (s) => `${s}-sources.csv`, type: "text/csv", render: sourcesCsv },
  "events.csv": { file: (s) => `${s}-events.csv`, type: "text/csv", render: eventsCsv },
  "quotes.csv": { file: (s) => `${s}-quotes.csv`, type: "text/csv", render: quotesCsv },
  aif: { file: (s) => `${s}.aif.json`, type: "application/json", render: (d) => JSON.stringify(toAif(d), null, 2) },
  argdown: { file: (s) => `${s}.argdown`, type: "text/plain", render: toArgdown },
  annotations: { file: (s) => `${s}-annotations.jsonld`, type: "application/ld+json", render: (d, o) => JSON.stringify(toWebAnnotations(d, o), null, 2) },
  csl: { file: (s) => `${s}-sources.csl.json`, type: "application/json", render: (d) => JSON.stringify(toCsl(d.legalSources), null, 2) },
};

export async function GET(req: Request, { params }: { params: Promise<{ slug: string; format: string }> }) {
  const limited = await readLimitRefusal(req, "download");
  if (limited) return limited;
  const { slug, format } = await params;
  const spec = FORMATS[format];
  if (!spec) return Response.json({ error: { code: "NOT_FOUND", message: `No export format "${format}". Formats: ${Object.keys(FORMATS).join(", ")}.` } }, { status: 404 });
  try {
    const data = await api.export.caseData({ slug });
    return download(spec.render(data, await siteOrigin()), spec.file(slug), spec.type);
  } catch (error) {
    return exportError(error);
  }
}
