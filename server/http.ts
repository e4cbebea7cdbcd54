/** Reading requests: cookies, the client's address, same-origin checks. */
import { CLIENT_IP_HEADER, clientAddressIsStamped } from "./client-address";

/** A cookie's value; a malformed one (bad percent-encoding) counts as absent, not as an error. */
export function readCookie(headers: Headers, name: string): string | undefined {
  const header = headers.get("cookie");
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key !== name) continue;
    try {
      return decodeURIComponent(rest.join("="));
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/**
 * The client's address, as computed from the socket by the server in front of Next
 * (scripts/serve.ts, see server/client-address.ts). Never X-Forwarded-For: a client
 * writes what it likes there. "unknown" when the header is absent, or when nothing in
 * this process stamps it (a bare `next start`, where the header would be the client's).
 */
export function clientIp(headers: Headers): string {
  if (!clientAddressIsStamped()) return "unknown";
  return headers.get(CLIENT_IP_HEADER) || "unknown";
}

function isLoopback(host: string): boolean {
  const name = host.replace(/:\d+$/, "").replace(/^\[|\]$/g, "");
  return name === "localhost" || name === "::1" || name.startsWith("127.");
}

/** Secure cookies everywhere except plain-HTTP loopback (local development and tests). */
/** The session cookie's name (here, not in services/auth, so the proxy can read it without argon2). */
export const SESSION_COOKIE = "wpe_session";

export function cookieIsSecure(headers: Headers): boolean {
  const host = headers.get("x-forwarded-host") ?? headers.get("host") ?? "";
  return headers.get("x-forwarded-proto") === "https" || !isLoopback(host);
}

export function sessionCookie(name: string, token: string, expires: Date, secure: boolean): string {
  return [
    `${name}=${encodeURIComponent(token)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expires.toUTCString()}`,
    secure ? "Secure" : "",
  ]
    .filter(Boolean)
    .join("; ");
}

export function clearedCookie(name: string, secure: boolean): string {
  return [`${name}=`, "Path=/", "HttpOnly", "SameSite=Lax", "Max-Age=0", secure ? "Secure" : ""]
    .filter(Boolean)
    .join("; ");
}

/**
 * A state-changing request must come from this site and carry JSON, which a cross-site
 * form cannot send without a CORS preflight (which this app never grants).
 *
 * First the browser's own word: Sec-Fetch-Site, which no page can set or forge, must say
 * same-origin when present (every current browser sends it). Then the Origin must name
 * the host the request was sent to: the Host header, or the host a reverse proxy says it
 * received (X-Forwarded-Host; when proxies append to it, the last value is the one set by
 * the proxy nearest to us, the first may be the client's own).
 */
export function crossSiteReason(req: Request): string | null {
  const site = req.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin") return `Sec-Fetch-Site is ${site}`;
  const origin = req.headers.get("origin");
  const forwarded = req.headers.get("x-forwarded-host")?.split(",").at(-1)?.trim();
  const host = (forwarded || req.headers.get("host"))?.toLowerCase();
  if (!origin || !host) return "missing Origin";
  let originHost: string;
  try {
    originHost = new URL(origin).host;
  } catch {
    return "malformed Origin";
  }
  if (originHost !== host) return "cross-site Origin";
  if (!(req.headers.get("content-type") ?? "").toLowerCase().startsWith("application/json")) return "not JSON";
  return null;
}
