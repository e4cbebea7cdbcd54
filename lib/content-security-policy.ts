/**
 * The Content Security Policy of every page, with a fresh nonce per request (set by the
 * proxy; Next reads the nonce back from the request's header and puts it on the scripts it
 * renders for that request).
 *
 * Published pages are prerendered once and their stored shell is sent to every reader, so
 * the shell's `<script src>` tags cannot carry the reader's nonce: they are allowed as
 * same-origin files ('self'). Every inline script (the page's data, Next's bootstrap) comes
 * from the part rendered per request and carries the fresh nonce, so an injected inline
 * script or handler still does not run. The one inline script React puts in a stored shell
 * is a fixed line of its own, allowed by its hash (REACT_SHELL_SCRIPT). 'strict-dynamic' is
 * gone: with it, browsers ignore 'self' and would block the shell's files. Same-origin files
 * are safe to allow: every response is nosniff, and the app serves no user-supplied script
 * (JSON API, typed downloads, no uploads).
 *
 * Styles keep 'unsafe-inline': React renders `style` attributes on the server (the
 * comparison grid, the tally bars) and React Flow positions its nodes with inline
 * styles; a nonce cannot cover style attributes, and a nonce in style-src would make
 * browsers ignore 'unsafe-inline'. Injected CSS cannot run code; injected scripts can.
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    // React rebuilds server error stacks with eval in development only.
    `script-src 'self' 'nonce-${nonce}' '${REACT_SHELL_SCRIPT_HASH}'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Over plain HTTP on loopback (development, e2e) there is nothing to upgrade to.
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * The inline script React DOM's server renderer writes into a prerendered shell (it times
 * the reveal of streamed content). Checked against the installed React by
 * lib/content-security-policy.test.ts, so an upgrade that changes it fails there first.
 */
export const REACT_SHELL_SCRIPT = "requestAnimationFrame(function(){$RT=performance.now()});";
export const REACT_SHELL_SCRIPT_HASH = "sha256-7mu4H06fwDCjmnxxr/xNHyuQC6pLTHr4M2E4jXw5WZs=";

/** 128 random bits, base64: unguessable, and fresh for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
