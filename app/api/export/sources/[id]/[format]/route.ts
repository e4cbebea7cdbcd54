import { api } from "@/app/_trpc/server";
import { toCsl } from "@/lib/export/csl";
import { download, exportError } from "@/server/export-response";
import { readLimitRefusal } from "@/server/read-limit-response";

/** One legal source: /api/export/sources/<id>/csl (CSL-JSON) or /json. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const limited = await readLimitRefusal(req, "download");
  if (limited) return limited;
  const { id, format } = await params;
  if (format !== "csl" && format !== "json")
    return Response.json(
      { error: { code: "NOT_FOUND", message: `No export format "${format}". Formats: csl, json.` } },
      { status: 404 },
    );
  try {
    const source = await api.legalSource.byId({ id });
    if (format === "json") return download(req, JSON.stringify(source, null, 2), `${id}.json`, "application/json");
    const [parts] = await api.export.sourceParts({ ids: [id] });
    return download(
      req,
      JSON.stringify(toCsl([{ ...source, citationParts: parts!.citationParts }], source.keyPassages), null, 2),
      `${id}.csl.json`,
      "application/json",
    );
  } catch (error) {
    return exportError(error);
  }
}
