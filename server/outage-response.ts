import { ServerResponse, type OutgoingHttpHeaders } from "node:http";
import { isDatabaseRecentlyUnavailable } from "@/db/availability";

const installed = Symbol.for("war-powers-explorer.outage-response");
type Patched = typeof ServerResponse.prototype & { [installed]?: true };

/**
 * The request proxy answers 503 once the app knows the database is down, but the request
 * that finds out (its render was under way when the database went) fails inside the page,
 * and Next answers a failed page with 500: a page has no way to choose another status.
 * This turns exactly those into 503 with Retry-After: a 500 written while a connection
 * failure is on record, or a moment after one (a render that began before the database
 * was back may end after a probe cleared the flag). The body stays the error page, which
 * already says "try again".
 * Installed once per server process, from instrumentation.ts (so under `next start`).
 */
export function answerOutageFailuresWith503(): void {
  const proto = ServerResponse.prototype as Patched;
  if (proto[installed]) return;
  proto[installed] = true;
  const writeHead = proto.writeHead as (this: ServerResponse, status: number, ...rest: unknown[]) => ServerResponse;
  proto.writeHead = function (this: ServerResponse, status: number, ...rest: unknown[]) {
    if (status !== 500 || !isDatabaseRecentlyUnavailable()) return writeHead.call(this, status, ...rest);
    const args = typeof rest[0] === "string" ? ["Service Unavailable", ...rest.slice(1)] : rest;
    const headers = args.at(-1);
    const extra = { "Retry-After": "5", "Cache-Control": "no-store" };
    if (Array.isArray(headers)) headers.push(...Object.entries(extra).flat());
    else if (headers && typeof headers === "object") Object.assign(headers as OutgoingHttpHeaders, extra);
    else for (const [name, value] of Object.entries(extra)) this.setHeader(name, value);
    return writeHead.call(this, 503, ...args);
  } as typeof proto.writeHead;
}
