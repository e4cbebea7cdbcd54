import { benchRow } from "@/server/bench-row";
import { env } from "@/env";

/**
 * Baseline for `npm run bench`: a bare route handler with one primary-key query, at
 * /api/bench/row. 404 without BENCH_ROUTES (here and in proxy.ts).
 */
export async function GET(_req: Request, { params }: { params: Promise<{ baseline: string }> }) {
  const { baseline } = await params;
  if (!env.BENCH_ROUTES || baseline !== "row") return Response.json({ error: { code: "NOT_FOUND", message: "Not found." } }, { status: 404 });
  return Response.json(await benchRow());
}
