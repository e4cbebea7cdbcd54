// A page stored whole (no part rendered per request) is sent to every reader as it was
// prerendered, so its inline scripts cannot carry the reader's CSP nonce. They are allowed
// by their hashes instead: when such a page is stored, the hash of each of its inline
// scripts goes with it, in a header that only this server reads (scripts/serve.ts). Before
// the response's headers leave, the server puts those hashes in the policy in place of the
// nonce, and drops the header. An injected script is in no stored page, so it has no hash
// in any policy; a page with a part rendered per request keeps its nonce.
//
// Plain JavaScript: pages.mjs (loaded by Next outside the app's bundle) and the server use it.
import { createHash } from "node:crypto";

export const SCRIPT_HASHES_HEADER = "x-wpe-script-hashes";

// React escapes "</script" inside the scripts it writes, so a script's text ends at the first "</script>".
const INLINE_SCRIPT = /<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/gi;

/** The CSP sources ('sha256-…') of every inline script in an HTML document, each once, in order. */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, text] of html.matchAll(INLINE_SCRIPT)) {
    if (text) hashes.add(`'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`);
  }
  return [...hashes];
}

/** The policy with its script nonce replaced by the given hash sources. */
export function policyWithScriptHashes(policy, hashes) {
  return policy
    .split(";")
    .map((directive) =>
      /^\s*script-src\s/.test(directive) ? directive.replace(/\s'nonce-[^']*'/, hashes ? ` ${hashes}` : "") : directive,
    )
    .join(";");
}

/**
 * The headers a page stored whole keeps with it, computed once when it is stored: its
 * scripts' hashes, and its ETag. Next would otherwise hash the whole HTML for an ETag on
 * every response it sends from the cache (a JavaScript loop over every character, most of
 * a stored page's serving time: docs/performance.md), so next.config.ts turns that off.
 */
export function storedPageHeaders(html) {
  return {
    [SCRIPT_HASHES_HEADER]: inlineScriptHashes(html).join(" "),
    etag: `"${createHash("sha256").update(html, "utf8").digest("base64url").slice(0, 27)}"`,
  };
}

/** Whether an If-None-Match header names this ETag (weak or strong, or `*`). */
export function etagMatches(ifNoneMatch, etag) {
  if (!ifNoneMatch || !etag) return false;
  const bare = (tag) => tag.trim().replace(/^W\//, "");
  return String(ifNoneMatch)
    .split(",")
    .some((tag) => tag.trim() === "*" || bare(tag) === bare(String(etag)));
}

/**
 * Shared caches may keep a stored page, but must ask again every time (it has an ETag, so
 * that costs a 304): a purge reaches this server's cache, never a CDN's. Next's own
 * `s-maxage` would let a CDN serve a page an hour after it was changed.
 */
export const STORED_PAGE_CACHE_CONTROL = "public, no-cache";

/**
 * A response is about to send its headers: if it is a page stored whole, swap the nonce
 * for its scripts' hashes, and have shared caches revalidate it on every request. Answers
 * whether the request already holds this page (its If-None-Match names the stored ETag):
 * then the caller sends 304 instead, with no body.
 */
export function applyStoredPageHeaders(req, res) {
  const hashes = res.getHeader(SCRIPT_HASHES_HEADER);
  if (hashes === undefined) return false;
  res.removeHeader(SCRIPT_HASHES_HEADER);
  const policy = res.getHeader("content-security-policy");
  if (typeof policy === "string")
    res.setHeader("content-security-policy", policyWithScriptHashes(policy, String(hashes)));
  if (/\bs-maxage=/.test(String(res.getHeader("cache-control") ?? "")))
    res.setHeader("cache-control", STORED_PAGE_CACHE_CONTROL);
  const readOnly = req.method === "GET" || req.method === "HEAD";
  return readOnly && res.statusCode === 200 && etagMatches(req.headers["if-none-match"], res.getHeader("etag"));
}
