import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Keep `next dev` from writing agent instruction files into the project.
  agentRules: false,
  // PGlite ships a WASM build of Postgres and its data files; it must be loaded
  // from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite"],
  poweredByHeader: false,
  typedRoutes: true,
};

export default nextConfig;
