/**
 * The Content Security Policy of every page, with a fresh nonce per request (set by the
 * proxy; Next reads the nonce back from the request's header and puts it on its own
 * scripts). Scripts run only with the nonce, or when loaded by a script that has it
 * ('strict-dynamic'): an injected <script> or inline handler does not run.
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
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
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

/** 128 random bits, base64: unguessable, and fresh for every response. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
