import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";

/**
 * The client's address, as the server in front of Next (scripts/serve.ts) computed it.
 * Internal: that server overwrites whatever a client sends under this name, so the app
 * can trust it and nothing else (X-Forwarded-For is client-controlled).
 */
export const CLIENT_IP_HEADER = "x-wpe-client-ip";

const STAMPED = Symbol.for("war-powers-explorer.client-address-stamped");
type WithStamp = typeof globalThis & { [STAMPED]?: boolean };

/**
 * Declares that this process stamps every request (scripts/serve.ts does; test callers
 * play its part). Until then the internal header is ignored: under a bare `next start`
 * nothing overwrites it, and a client could name its own address.
 */
export function declareClientAddressStamped(): void {
  (globalThis as WithStamp)[STAMPED] = true;
}

export function clientAddressIsStamped(): boolean {
  return (globalThis as WithStamp)[STAMPED] === true;
}

/**
 * One address in canonical form, or null when it is not an address: brackets and a port
 * dropped ("[2001:db8::1]:443", "203.0.113.5:8080"), an IPv6 zone dropped, IPv4-mapped
 * IPv6 ("::ffff:203.0.113.5", how a dual-stack socket reports IPv4 clients) turned back
 * into IPv4, IPv6 lower-cased.
 */
export function normalizeAddress(raw: string | undefined | null): string | null {
  let text = (raw ?? "").trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(":"));
  text = text.replace(/%.*$/, "").toLowerCase();
  const mapped = /^(?:0{0,4}:){0,5}:?ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (mapped && isIP(mapped[1]!) === 4) return mapped[1]!;
  return isIP(text) ? text : null;
}

/**
 * Who is on the other end. With no proxy in front (`trustedHops` 0) that is the socket's
 * peer, whatever X-Forwarded-For says. Behind `trustedHops` proxies, each of which
 * appends the address it was reached from, the client is the entry the outermost
 * trusted proxy wrote: the `trustedHops`-th from the right. Entries further left were
 * written by the client and are ignored. When the header holds fewer entries than the
 * configured hops, the leftmost one is the furthest address a trusted proxy vouches for.
 */
export function clientAddress(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const socket = normalizeAddress(remoteAddress) ?? "unknown";
  if (trustedHops <= 0) return socket;
  const entries = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  if (entries.length === 0) return socket;
  const vouched = entries[Math.max(0, entries.length - trustedHops)];
  return normalizeAddress(vouched) ?? "unknown";
}

/** Sets the internal header on a request before Next sees it, overwriting any sent. */
export function stampClientAddress(req: IncomingMessage, trustedHops: number): void {
  req.headers[CLIENT_IP_HEADER] = clientAddress(req.socket.remoteAddress, req.headers["x-forwarded-for"], trustedHops);
}

/** Expands an IPv6 address to its eight groups (an embedded IPv4 tail becomes two). */
function ipv6Groups(ip: string): string[] {
  let text = ip;
  const v4 = /(\d{1,3}(?:\.\d{1,3}){3})$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1]!.split(".").map(Number) as [number, number, number, number];
    text = text.slice(0, v4.index) + `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split("::") as [string, string | undefined];
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const zeros = tail === undefined ? [] : Array(8 - left.length - right.length).fill("0");
  return [...left, ...zeros, ...right].map((g) => parseInt(g, 16).toString(16));
}

/**
 * What a per-address limit counts: an IPv4 address as is, an IPv6 address by its /64.
 * One IPv6 subscriber is usually given a whole /64 and can pick a new address in it for
 * every request, so counting single IPv6 addresses would limit nothing.
 */
export function limitSubject(ip: string): string {
  if (isIP(ip) !== 6) return ip;
  return `${ipv6Groups(ip).slice(0, 4).join(":")}::/64`;
}
