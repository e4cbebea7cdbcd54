import { connection } from "next/server";

/**
 * Renders nothing, at request time. Placed once in the root layout inside <Suspense>, it
 * makes every page's prerendered shell end in a part that is rendered per request, and
 * that part carries the page's inline scripts with the request's CSP nonce (a shell stored
 * for every reader cannot; see lib/content-security-policy.ts).
 */
export async function RequestTime() {
  await connection();
  return null;
}
