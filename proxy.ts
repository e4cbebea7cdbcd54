import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseAvailable } from "@/db/availability";
import { unavailableHtml } from "@/lib/unavailable-page";

/**
 * While the database cannot be reached, answer 503 with Retry-After instead of letting
 * every page fail on its own; recover as soon as a probe gets through. The state is
 * shared through globalThis, which holds under `next start` and `next dev` (one
 * process). Where it is not shared the proxy sees no failure and passes every request
 * on, and the pages' error boundary still explains the outage.
 */
export async function proxy(request: NextRequest) {
  if (await isDatabaseAvailable()) {
    // Tell server layouts where the request is going (for "sign in, then come back here").
    const headers = new Headers(request.headers);
    headers.set("x-wpe-path", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.next({ request: { headers } });
  }
  const headers = { "Retry-After": "5", "Cache-Control": "no-store" };
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json(
      { error: { code: "SERVICE_UNAVAILABLE", message: "The database cannot be reached right now. Please try again in a moment." } },
      { status: 503, headers },
    );
  }
  return new NextResponse(unavailableHtml(), {
    status: 503,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
