import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Keep `next dev` from writing agent instruction files into the project.
  agentRules: false,
  // PGlite ships a WASM build of Postgres and its data files, argon2 a native module;
  // both must be loaded from node_modules at run time, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2"],
  poweredByHeader: false,
  typedRoutes: true,
};

export default nextConfig;
