import { api } from "@/app/_trpc/server";
import { siteOrigin } from "@/app/_components/site-origin";
import { CASE_EXPORT_FORMATS as FORMATS } from "@/lib/export/formats";
import { download, exportError } from "@/server/export-response";
import { readLimitRefusal } from "@/server/read-limit-response";

/** The case in every research format: /api/export/cases/<slug>/<format>. */
export async function GET(req: Request, { params }: { params: Promise<{ slug: string; format: string }> }) {
  const limited = await readLimitRefusal(req, "download");
  if (limited) return limited;
  const { slug, format } = await params;
  const spec = Object.hasOwn(FORMATS, format) ? FORMATS[format] : undefined;
  if (!spec)
    return Response.json(
      {
        error: {
          code: "NOT_FOUND",
          message: `No export format "${format}". Formats: ${Object.keys(FORMATS).join(", ")}.`,
        },
      },
      { status: 404 },
    );
  try {
    const data = await api.export.caseData({ slug });
    return download(req, spec.render(data, await siteOrigin()), spec.file(slug), spec.type);
  } catch (error) {
    return exportError(error);
  }
}
