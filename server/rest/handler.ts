import { TRPCError } from "@trpc/server";
import { getHTTPStatusCodeFromError } from "@trpc/server/http";
import type { z } from "zod";
import { isDatabaseUnavailableError, markDatabaseUnavailable } from "@/db/availability";
import { RateLimitedError } from "@/lib/errors";
import { CLIENT_IP_HEADER } from "../client-address";
import { createContext } from "../context";
import { entityTag, matchesIfNoneMatch } from "../export-response";
import { cachedReads } from "../public-reads";
import { createCaller } from "../root";
import { countRead } from "../read-limit-response";
import { READ_LIMITS } from "../services/rate-limit";
import { ENDPOINTS, type Endpoint } from "./endpoints";

export const API_BASE = "/api/v1";

/** CORS: any site may read the API from a browser; nothing it offers needs credentials. */
const CORS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match",
  "Access-Control-Expose-Headers": "ETag, Retry-After, RateLimit-Limit, RateLimit-Remaining",
  "Access-Control-Max-Age": "86400",
};

const BASE_HEADERS = { ...CORS, "X-Content-Type-Options": "nosniff", "Cache-Control": "public, no-cache" };

/** The answer to a browser's CORS preflight. */
export const restPreflight = () => new Response(null, { status: 204, headers: CORS });

export function restError(status: number, code: string, message: string, headers: Record<string, string> = {}) {
  return Response.json({ error: { code, message } }, { status, headers: { ...BASE_HEADERS, ...headers } });
}

/** A JSON answer tagged with the SHA-256 of its bytes: a client polling with If-None-Match gets 304 until it changes. */
export function restJson(req: Request, value: unknown, headers: Record<string, string> = {}): Response {
  const body = JSON.stringify(value);
  const etag = entityTag(body);
  const all = { ...BASE_HEADERS, ...headers, ETag: etag };
  if (matchesIfNoneMatch(req.headers.get("if-none-match"), etag))
    return new Response(null, { status: 304, headers: all });
  return new Response(req.method === "HEAD" ? null : body, {
    headers: { ...all, "Content-Type": "application/json; charset=utf-8" },
  });
}

/** The endpoint a path names, with the values of its {placeholders}. */
function match(path: string): { endpoint: Endpoint; params: Record<string, string> } | null {
  const segments = path.split("/").filter(Boolean);
  for (const endpoint of ENDPOINTS) {
    const template = endpoint.path.split("/").filter(Boolean);
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const fits = template.every((t, i) => {
      const placeholder = /^\{(\w+)\}$/.exec(t);
      if (placeholder) {
        try {
          params[placeholder[1]!] = decodeURIComponent(segments[i]!);
          return true;
        } catch {
          return false;
        }
      }
      return t === segments[i];
    });
    if (fits) return { endpoint, params };
  }
  return null;
}

const describeIssues = (error: z.ZodError) =>
  error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message)).join("; ");

/** A reader without a session: the API serves published content only, whatever cookies a browser sends. */
function anonymousCaller(req: Request) {
  const headers = new Headers();
  const ip = req.headers.get(CLIENT_IP_HEADER);
  if (ip) headers.set(CLIENT_IP_HEADER, ip);
  return createCaller(createContext(headers, { publishedReads: cachedReads }));
}

/**
 * The public REST API (ADR 0036): GET /api/v1/<path>. Each endpoint's parameters are
 * checked against its schema, counted against the per-address API limit, answered by the
 * same tRPC procedure the pages use (as an anonymous reader), and the answer parsed through
 * its output schema: plain JSON, with an ETag and CORS for any origin.
 */
export async function handleRestRequest(req: Request, path: string): Promise<Response> {
  if (req.method === "OPTIONS") return restPreflight();
  if (req.method !== "GET" && req.method !== "HEAD")
    return restError(405, "METHOD_NOT_SUPPORTED", "The API is read-only: use GET.", { Allow: "GET, HEAD, OPTIONS" });

  const found = match(path);
  if (!found)
    return restError(
      404,
      "NOT_FOUND",
      `No endpoint ${API_BASE}${path}. The endpoints are listed at ${API_BASE}/openapi.json.`,
    );
  const { endpoint } = found;

  const params = endpoint.params ? endpoint.params.safeParse(found.params) : null;
  if (params && !params.success) return restError(400, "BAD_REQUEST", describeIssues(params.error));
  const url = new URL(req.url);
  const known = new Set(Object.keys(endpoint.query?.shape ?? {}));
  const unknown = [...url.searchParams.keys()].filter((k) => !known.has(k));
  if (unknown.length)
    return restError(
      400,
      "BAD_REQUEST",
      `Unknown query parameter${unknown.length > 1 ? "s" : ""} ${unknown.join(", ")}${known.size ? `: this endpoint takes ${[...known].join(", ")}` : ""}.`,
    );
  const query = endpoint.query ? endpoint.query.safeParse(Object.fromEntries(url.searchParams)) : null;
  if (query && !query.success) return restError(400, "BAD_REQUEST", describeIssues(query.error));

  const api = anonymousCaller(req);
  try {
    const limit = READ_LIMITS.api;
    const hit = await countRead(req, "api");
    const limitHeaders: Record<string, string> = hit
      ? { "RateLimit-Limit": String(limit.max), "RateLimit-Remaining": String(Math.max(0, limit.max - hit.count)) }
      : {};
    if (hit && !hit.allowed)
      return restError(
        429,
        "TOO_MANY_REQUESTS",
        `Too many requests from your network. Try again in ${hit.retryAfterSeconds} s.`,
        { ...limitHeaders, "Retry-After": String(hit.retryAfterSeconds) },
      );
    const answer = await endpoint.call(api, { ...params?.data, ...query?.data });
    // The wire format first (dates as ISO strings), then the schema: what the API promises, and nothing else.
    const wire = endpoint.output.parse(JSON.parse(JSON.stringify(answer)));
    return restJson(req, wire, limitHeaders);
  } catch (error) {
    if (error instanceof TRPCError) {
      const status = getHTTPStatusCodeFromError(error);
      const retryAfter =
        error.cause instanceof RateLimitedError ? error.cause.retryAfterSeconds : status === 503 ? 5 : null;
      return restError(
        status,
        error.code,
        error.message,
        retryAfter === null ? {} : { "Retry-After": String(retryAfter) },
      );
    }
    if (isDatabaseUnavailableError(error)) {
      markDatabaseUnavailable();
      return restError(503, "SERVICE_UNAVAILABLE", "The database is not answering. Please try again shortly.", {
        "Retry-After": "5",
      });
    }
    console.error(`${API_BASE}${path} failed:`, error);
    return restError(500, "INTERNAL_SERVER_ERROR", "The server could not answer. Please try again.");
  }
}
