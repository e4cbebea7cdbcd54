import { api } from "@/app/_trpc/server";
import { download, exportError } from "@/server/export-response";
import { readLimitRefusal } from "@/server/read-limit-response";

/** One argument with its citations, events, quotes and relations: /api/export/arguments/<id>/json. */
export async function GET(req: Request, { params }: { params: Promise<{ id: string; format: string }> }) {
  const limited = await readLimitRefusal(req, "download");
  if (limited) return limited;
  const { id, format } = await params;
  if (format !== "json")
    return Response.json(
      { error: { code: "NOT_FOUND", message: `No export format "${format}". Formats: json.` } },
      { status: 404 },
    );
  try {
    return download(req, JSON.stringify(await api.argument.byId({ id }), null, 2), `${id}.json`, "application/json");
  } catch (error) {
    return exportError(error);
  }
}
