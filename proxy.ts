import { NextResponse, type NextRequest } from "next/server";
import { isDatabaseAvailable } from "@/db/availability";
import { compareRedirect } from "@/lib/compare-address";
import { contentSecurityPolicy, newNonce } from "@/lib/content-security-policy";
import { unavailableHtml } from "@/lib/unavailable-page";
import { cookieIsSecure, SESSION_COOKIE } from "@/server/http";
import { env } from "@/env";

/**
 * Every request but static files passes here. It gets a Content Security Policy with a
 * fresh nonce: set on the request, where Next finds the nonce and puts it on the scripts
 * it renders, and on the response, where the browser enforces it. (The other security
 * headers are in next.config.ts, for static files too.)
 *
 * While the database cannot be reached, answer 503 with Retry-After instead of letting
 * every page fail on its own; recover as soon as a probe gets through. The state is
 * shared through globalThis, which holds under `next start` and `next dev` (one
 * process). Where it is not shared the proxy sees no failure and passes every request
 * on, and the pages' error boundary still explains the outage.
 */
export async function proxy(request: NextRequest) {
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, {
    dev: env.NODE_ENV === "development",
    https: cookieIsSecure(request.headers),
  });
  // The benchmark's baselines exist only while it runs (BENCH_ROUTES, env.ts).
  if (!env.BENCH_ROUTES && BENCH_PATH.test(request.nextUrl.pathname)) {
    return new NextResponse("Not found", {
      status: 404,
      headers: { "Cache-Control": "no-store", "Content-Security-Policy": csp },
    });
  }
  // Pages send their prerendered start at once, with status 200: a redirect must be decided here, before that.
  const redirect = redirectBeforeRendering(request);
  if (redirect) {
    const response = NextResponse.redirect(new URL(redirect, request.url), 307);
    response.headers.set("Content-Security-Policy", csp);
    return response;
  }
  if (await isDatabaseAvailable()) {
    const headers = new Headers(request.headers);
    // Tell server layouts where the request is going (for "sign in, then come back here").
    headers.set("x-wpe-path", request.nextUrl.pathname + request.nextUrl.search);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", csp);
    const response = NextResponse.next({ request: { headers } });
    response.headers.set("Content-Security-Policy", csp);
    return response;
  }
  const headers = { "Retry-After": "5", "Cache-Control": "no-store", "Content-Security-Policy": csp };
  if (request.nextUrl.pathname.startsWith("/api/")) {
    return NextResponse.json(
      {
        error: {
          code: "SERVICE_UNAVAILABLE",
          message: "The database cannot be reached right now. Please try again in a moment.",
        },
      },
      { status: 503, headers },
    );
  }
  return new NextResponse(unavailableHtml(), {
    status: 503,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}

const BENCH_PATH = /^\/(api\/)?bench(\/|$)/;

/**
 * Redirects that must carry a real status: a comparison without its column order (or from
 * the picker form), and the curation area without a session cookie (the area's layout still
 * checks the session itself, and each procedure its role).
 */
function redirectBeforeRendering(request: NextRequest): string | null {
  const { pathname, search, searchParams } = request.nextUrl;
  const compare = compareRedirect(pathname, searchParams);
  if (compare) return compare;
  const curation = pathname === "/admin" || (pathname.startsWith("/admin/") && pathname !== "/admin/login");
  if (curation && !request.cookies.get(SESSION_COOKIE)?.value)
    return `/admin/login?next=${encodeURIComponent(pathname + search)}`;
  return null;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
