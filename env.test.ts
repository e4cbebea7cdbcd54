import { describe, expect, it } from "vitest";
import { parseEnv } from "@/env";

describe("TRUSTED_PROXY_HOPS", () => {
  it("defaults to 0: no proxy, the socket's peer is the client", () => {
    expect(parseEnv({}).TRUSTED_PROXY_HOPS).toBe(0);
    expect(parseEnv({ TRUSTED_PROXY_HOPS: "2" }).TRUSTED_PROXY_HOPS).toBe(2);
  });
  it("refuses anything but a whole number from 0 to 10, naming the variable", () => {
    for (const bad of ["-1", "1.5", "eleven", "11"]) {
      expect(() => parseEnv({ TRUSTED_PROXY_HOPS: bad })).toThrow(
        /TRUSTED_PROXY_HOPS: TRUSTED_PROXY_HOPS must be a whole number from 0 to 10/,
      );
    }
  });
});

describe("REDIS_URL", () => {
  it("is optional, and blank means unset", () => {
    expect(parseEnv({}).REDIS_URL).toBeUndefined();
    expect(parseEnv({ REDIS_URL: "  " }).REDIS_URL).toBeUndefined();
    expect(parseEnv({ REDIS_URL: "rediss://cache.internal:6380/0" }).REDIS_URL).toBe("rediss://cache.internal:6380/0");
  });
  it("refuses any other scheme, naming the variable", () => {
    expect(() => parseEnv({ REDIS_URL: "http://cache:6379" })).toThrow(
      /REDIS_URL: REDIS_URL must start with redis:\/\/ or rediss:\/\//,
    );
  });
});

describe("DATABASE_REPLICA_URLS", () => {
  it("is a comma-separated list of PostgreSQL addresses, beside DATABASE_URL", () => {
    expect(parseEnv({}).DATABASE_REPLICA_URLS).toEqual([]);
    expect(
      parseEnv({ DATABASE_URL: "postgres://p/db", DATABASE_REPLICA_URLS: "postgres://r1/db, postgresql://r2/db" })
        .DATABASE_REPLICA_URLS,
    ).toEqual(["postgres://r1/db", "postgresql://r2/db"]);
  });
  it("refuses other schemes, and replicas without a primary", () => {
    expect(() => parseEnv({ DATABASE_URL: "postgres://p/db", DATABASE_REPLICA_URLS: "mysql://r/db" })).toThrow(
      /DATABASE_REPLICA_URLS: .*postgres:\/\//,
    );
    expect(() => parseEnv({ DATABASE_REPLICA_URLS: "postgres://r/db" })).toThrow(
      /DATABASE_REPLICA_URLS: DATABASE_REPLICA_URLS needs DATABASE_URL/,
    );
  });
});

describe("SITE_URL", () => {
  it("is the site's origin, defaulting to this machine on PORT", () => {
    expect(parseEnv({}).SITE_URL).toBe("http://localhost:3000");
    expect(parseEnv({ PORT: "3100" }).SITE_URL).toBe("http://localhost:3100");
    expect(parseEnv({ SITE_URL: "https://warpowers.example.org/" }).SITE_URL).toBe("https://warpowers.example.org");
    expect(parseEnv({ SITE_URL: "http://127.0.0.1:8080" }).SITE_URL).toBe("http://127.0.0.1:8080");
  });
  it("refuses a path, another scheme or no URL at all", () => {
    for (const bad of ["https://example.org/explorer", "ftp://example.org", "example.org", "https://example.org?x=1"]) {
      expect(() => parseEnv({ SITE_URL: bad }), bad).toThrow(
        /SITE_URL: SITE_URL must be an http:\/\/ or https:\/\/ origin/,
      );
    }
  });
  it("refuses a port that is no port", () => {
    expect(() => parseEnv({ PORT: "http" })).toThrow(/PORT: PORT must be a whole number from 1 to 65535/);
  });
});

describe("the measurement switches CACHE_DISABLED and BENCH_ROUTES", () => {
  it("are off unless set to true or 1", () => {
    expect(parseEnv({})).toMatchObject({ CACHE_DISABLED: false, BENCH_ROUTES: false });
    expect(parseEnv({ CACHE_DISABLED: "1", BENCH_ROUTES: "true" })).toMatchObject({
      CACHE_DISABLED: true,
      BENCH_ROUTES: true,
    });
    expect(parseEnv({ CACHE_DISABLED: "0", BENCH_ROUTES: "false" })).toMatchObject({
      CACHE_DISABLED: false,
      BENCH_ROUTES: false,
    });
  });
  it("refuse anything else, naming the variable", () => {
    expect(() => parseEnv({ CACHE_DISABLED: "yes" })).toThrow(/CACHE_DISABLED/);
    expect(() => parseEnv({ BENCH_ROUTES: "on" })).toThrow(/BENCH_ROUTES/);
  });
});
