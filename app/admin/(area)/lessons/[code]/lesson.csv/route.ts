import { api } from "@/app/_trpc/server";
import { exportError } from "@/server/export-response";

/**
 * A lesson's whole record as CSV, for its teacher: the session cookie the browser sends
 * signs the request in, as on every admin page. Never cached: it holds students' names.
 */
export async function GET(_req: Request, { params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  try {
    const { filename, body } = await api.lessons.csv({ code });
    return new Response(body, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return exportError(error);
  }
}
