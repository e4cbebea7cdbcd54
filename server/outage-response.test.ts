import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { markDatabaseAvailable, markDatabaseUnavailable } from "@/db/availability";
import { answerOutageFailuresWith503 } from "./outage-response";

let server: http.Server;
let origin: string;
beforeAll(async () => {
  answerOutageFailuresWith503();
  // Fails the way Next fails a page: status 500 set, then the error page written.
  server = http.createServer((req, res) => {
    if (req.url === "/explicit") res.writeHead(500, { "content-type": "text/html" }).end("<p>error page</p>");
    else if (req.url === "/ok") res.writeHead(200).end("fine");
    else {
      res.statusCode = 500;
      res.end("<p>error page</p>");
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  markDatabaseAvailable();
  await new Promise((resolve) => server.close(resolve));
});

describe("a page that failed during a database outage", () => {
  it("is answered 503 with Retry-After, its body kept, however the 500 was written", async () => {
    markDatabaseUnavailable();
    for (const path of ["/implicit", "/explicit"]) {
      const response = await fetch(`${origin}${path}`);
      expect(response.status).toBe(503);
      expect(response.headers.get("retry-after")).toBe("5");
      expect(await response.text()).toBe("<p>error page</p>");
    }
    expect((await fetch(`${origin}/ok`)).status).toBe(200);
  });

  it("is still 503 when it ends just after a probe found the database back (its render began before)", async () => {
    markDatabaseUnavailable();
    markDatabaseAvailable();
    const response = await fetch(`${origin}/implicit`);
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
  });

  it("stays a 500 once the database has been fine for a while: a bug is not an outage", async () => {
    markDatabaseUnavailable();
    markDatabaseAvailable();
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(Date.now() + 6_000);
    const response = await fetch(`${origin}/implicit`);
    expect(response.status).toBe(500);
    expect(response.headers.get("retry-after")).toBeNull();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
});
