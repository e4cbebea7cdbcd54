import { afterEach, describe, expect, it, vi } from "vitest";
import {
  isDatabaseAvailable,
  isDatabaseRecentlyUnavailable,
  isDatabaseUnavailableError,
  markDatabaseAvailable,
  markDatabaseUnavailable,
  noteRequestFailure,
  registerDatabaseProbe,
} from "./availability";

afterEach(() => {
  vi.useRealTimers();
  markDatabaseAvailable();
});

describe("isDatabaseUnavailableError", () => {
  it("recognises connection failures anywhere in the cause chain", () => {
    expect(isDatabaseUnavailableError(Object.assign(new Error("refused"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailableError(new Error("query failed", { cause: { code: "CONNECT_TIMEOUT" } }))).toBe(true);
    expect(isDatabaseUnavailableError({ code: "57P01" })).toBe(true);
    expect(isDatabaseUnavailableError({ code: "08006" })).toBe(true);
    expect(isDatabaseUnavailableError(new AggregateError([{ code: "ECONNREFUSED" }], "dual stack"))).toBe(true);
  });

  it("leaves ordinary query errors alone", () => {
    expect(isDatabaseUnavailableError({ code: "42P01" })).toBe(false); // undefined_table
    expect(isDatabaseUnavailableError(new Error("boom"))).toBe(false);
    expect(isDatabaseUnavailableError(null)).toBe(false);
    expect(isDatabaseUnavailableError("ECONNREFUSED")).toBe(false);
  });
});

describe("isDatabaseAvailable", () => {
  it("does no I/O while all is well", async () => {
    const probe = vi.fn(async () => {});
    registerDatabaseProbe(probe);
    expect(await isDatabaseAvailable()).toBe(true);
    expect(probe).not.toHaveBeenCalled();
  });

  it("probes at most every 250 ms after a failure and recovers when a probe succeeds", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"));
    let up = false;
    const probe = vi.fn(async () => {
      if (!up) throw Object.assign(new Error("refused"), { code: "ECONNREFUSED" });
    });
    registerDatabaseProbe(probe);
    markDatabaseUnavailable();

    expect(await isDatabaseAvailable()).toBe(false); // the failure itself counts as the last check
    expect(probe).toHaveBeenCalledTimes(0);
    vi.setSystemTime(new Date("2026-01-01T00:00:00.300Z"));
    const [a, b] = await Promise.all([isDatabaseAvailable(), isDatabaseAvailable()]);
    expect([a, b]).toEqual([false, false]);
    expect(probe).toHaveBeenCalledTimes(1); // concurrent requests share one probe

    up = true;
    expect(await isDatabaseAvailable()).toBe(false); // within the window: trusts the last probe
    vi.setSystemTime(new Date("2026-01-01T00:00:00.600Z"));
    expect(await isDatabaseAvailable()).toBe(true);
    expect(probe).toHaveBeenCalledTimes(2);
    expect(await isDatabaseAvailable()).toBe(true);
    expect(probe).toHaveBeenCalledTimes(2);
  });
});

describe("noteRequestFailure (Next's onRequestError)", () => {
  it("puts a request that failed for want of the database on record as an outage", () => {
    const refused = Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    noteRequestFailure(new Error("Failed query", { cause: refused }));
    expect(isDatabaseRecentlyUnavailable(Date.now() + 60_000)).toBe(true);
  });

  it("leaves any other failure alone: a bug is not an outage", () => {
    noteRequestFailure(new TypeError("x is undefined"));
    expect(isDatabaseRecentlyUnavailable(Date.now() + 60_000)).toBe(false);
  });

  it("keeps a recovered outage in mind for a moment, then forgets it", () => {
    markDatabaseUnavailable();
    markDatabaseAvailable();
    expect(isDatabaseRecentlyUnavailable()).toBe(true);
    expect(isDatabaseRecentlyUnavailable(Date.now() + 6_000)).toBe(false);
  });
});
