import path from "node:path";
import type { NextConfig } from "next";

/**
 * Sent with every response, static files included. The Content Security Policy is not
 * here: it carries a per-request nonce, so proxy.ts sets it.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // For browsers that predate CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // Production only (`next build` / `next start`): a development server on plain HTTP must stay reachable.
  ...(process.env.NODE_ENV === "production"
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

const nextConfig: NextConfig = {
  // Keep `next dev` from writing agent instruction files into the project.
  agentRules: false,
  // Published reads are cached ("use cache" in server/public-reads.ts) under tags that writes
  // purge; pages prerender a static shell and stream what depends on the request. See
  // docs/decisions/0014-cache-components-for-published-reads.md.
  cacheComponents: true,
  partialPrefetching: false,
  cacheLife: {
    // Published content: purged by tag on every write that changes it, so the times are only
    // a backstop (a write made by another process, such as `npm run db:restore`).
    published: { stale: 300, revalidate: 3600, expire: 86_400 },
  },
  // Next's own caches, which with REDIS_URL also share every purge with the other instances
  // (cache-handlers/shared-tags.mjs); without it they are Next's defaults.
  cacheHandler: path.resolve(import.meta.dirname, "cache-handlers/pages.mjs"),
  cacheHandlers: { default: path.resolve(import.meta.dirname, "cache-handlers/use-cache.mjs") },
  experimental: {
    // Pages regenerated at run time stay in memory with the tags that purge them: on disk they
    // would outlive a restart, which forgets the purges made before it.
    isrFlushToDisk: false,
  },
  // PGlite ships a WASM build of Postgres and its data files, argon2 a native module;
  // both must be loaded from node_modules at run time, not bundled. elkjs (the map's layout
  // engine) is a large compiled script that picks its worker at run time.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "elkjs"],
  poweredByHeader: false,
  // Next would hash every stored page's whole HTML for its ETag on each response; the page
  // cache computes it once when it stores the page (cache-handlers/static-scripts.mjs), and
  // scripts/serve.ts answers If-None-Match with 304.
  generateEtags: false,
  typedRoutes: true,
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
