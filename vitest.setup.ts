import { vi } from "vitest";

/**
 * Outside Next (every Vitest run), `"use cache"` is an inert string and Next's cache
 * functions throw for want of a request. The app's route handler passes the cached reads and
 * Next's purge; in tests they run uncached, and a purge is a no-op (the invalidation tests
 * watch the purge the context is given instead).
 */
vi.mock("next/cache", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/cache")>()),
  cacheLife: () => {},
  cacheTag: () => {},
  revalidateTag: () => {},
}));
