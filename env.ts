import { z } from "zod";

/** A yes/no setting: true, false, 1 or 0. */
const flag = (byDefault: "true" | "false") =>
  z
    .enum(["true", "false", "1", "0"])
    .default(byDefault)
    .transform((v) => v === "true" || v === "1");

/**
 * The one module that reads process.env. Everything else imports `env`.
 * Validation runs on first import so a misconfigured deployment fails loudly at start-up.
 */
const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** PostgreSQL connection string. When unset the app uses embedded PGlite. */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\//.test(v), {
      message: "DATABASE_URL must start with postgres:// or postgresql://",
    }),
  /**
   * Redis, for what several app instances share: the cache of published reads and its
   * invalidations, and the public read limits. Unset: each process keeps its own, in memory
   * (the cache) or in the database (the limits).
   */
  REDIS_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^rediss?:\/\//.test(v), {
      message: "REDIS_URL must start with redis:// or rediss://",
    }),
  /**
   * Read replicas of DATABASE_URL, comma-separated: public reads go to one of them, writes,
   * transactions and everything signed-in users do to DATABASE_URL.
   */
  DATABASE_REPLICA_URLS: z
    .string()
    .trim()
    .optional()
    .transform((v) =>
      v
        ? v
            .split(",")
            .map((u) => u.trim())
            .filter(Boolean)
        : [],
    )
    .refine((urls) => urls.every((u) => /^postgres(ql)?:\/\//.test(u)), {
      message: "DATABASE_REPLICA_URLS must be postgres:// or postgresql:// addresses, separated by commas",
    }),
  /**
   * The site's public origin (scheme, host and port, no path), for permalinks, citations,
   * lesson links and export ids. The only source of it: request headers are never trusted
   * for it. Unset: http://localhost:<PORT>, right for a server on this machine only.
   */
  SITE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v.replace(/\/+$/, "") : undefined))
    .refine((v) => v === undefined || isOrigin(v), {
      message: "SITE_URL must be an http:// or https:// origin with no path, such as https://warpowers.example.org",
    }),
  /** The port `npm start` and `npm run dev` listen on. */
  PORT: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? Number(v) : 3000))
    .refine((n) => Number.isInteger(n) && n >= 1 && n <= 65535, {
      message: "PORT must be a whole number from 1 to 65535",
    }),
  /** Where embedded PGlite keeps its files when DATABASE_URL is unset. */
  PGLITE_DIR: z.string().trim().min(1).default("./.data/pglite"),
  /** Upper bound on pooled connections to PostgreSQL. */
  DB_POOL_MAX: z.coerce.number().int().min(1).max(100).default(10),
  /** Seed the first case automatically when the database is empty. */
  DB_SEED_ON_START: flag("true"),
  /**
   * Measurement only (`npm run bench`): the cache of published reads and pages keeps nothing,
   * so every request renders from the database, as after a purge. Never in production.
   * Read by cache-handlers/*.mjs, which Next loads apart from the app.
   */
  CACHE_DISABLED: flag("false"),
  /**
   * Measurement only (`npm run bench`): serve the baselines a page is held against in the
   * same build, a route handler and a minimal dynamic page each making one primary-key query
   * (/api/bench/row, /bench/row). Off: both are 404.
   */
  BENCH_ROUTES: flag("false"),
  /**
   * How many reverse proxies in front of the app append to X-Forwarded-For (0: none, the
   * socket's peer is the client). Too high lets clients choose their address; see
   * server/client-address.ts.
   */
  TRUSTED_PROXY_HOPS: z.coerce
    .number({ message: "TRUSTED_PROXY_HOPS must be a whole number from 0 to 10" })
    .int("TRUSTED_PROXY_HOPS must be a whole number from 0 to 10")
    .min(0, "TRUSTED_PROXY_HOPS must be a whole number from 0 to 10")
    .max(10, "TRUSTED_PROXY_HOPS must be a whole number from 0 to 10")
    .default(0),
});

function isOrigin(v: string): boolean {
  try {
    const url = new URL(v);
    return (url.protocol === "http:" || url.protocol === "https:") && url.origin === v;
  } catch {
    return false;
  }
}

export type Env = Omit<z.infer<typeof schema>, "SITE_URL"> & { SITE_URL: string };

const withRules = schema.superRefine((e, ctx) => {
  if (e.DATABASE_REPLICA_URLS.length && !e.DATABASE_URL) {
    ctx.addIssue({
      code: "custom",
      path: ["DATABASE_REPLICA_URLS"],
      message: "DATABASE_REPLICA_URLS needs DATABASE_URL, the primary they replicate",
    });
  }
});

/** Validates an environment; throws one error listing every problem. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = withRules.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  return { ...parsed.data, SITE_URL: parsed.data.SITE_URL ?? `http://localhost:${parsed.data.PORT}` };
}

export const env: Env = parseEnv(process.env);
