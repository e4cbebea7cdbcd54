import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isDatabaseAvailable, markDatabaseAvailable, registerDatabaseProbe } from "@/db/availability";
import { openDatabase, type DatabaseConnection } from "@/db/client";
import { seedDatabase } from "@/db/seed";
import { createTestDatabase, testServerUrl, type TestDatabase } from "@/db/testing";
import { readerCaller } from "./testing";

/** A TCP relay in front of PostgreSQL that a test can cut and restore, like a server going away. */
class Relay {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  constructor(
    readonly port: number,
    private readonly upstream: { host: string; port: number },
  ) {}

  async open() {
    this.server = net.createServer((client) => {
      const upstream = net.connect(this.upstream);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("close", () => this.sockets.delete(s));
        s.on("error", () => {});
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => this.server!.listen(this.port, "127.0.0.1", resolve));
  }

  async cut() {
    for (const s of this.sockets) s.destroy();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
    this.server = null;
  }
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

afterAll(() => markDatabaseAvailable());

describe("when PostgreSQL cannot be reached", () => {
  it("answers SERVICE_UNAVAILABLE instead of crashing", async () => {
    const port = await freePort(); // nothing listens here
    const connection = openDatabase({ driver: "postgres", url: `postgres://postgres@127.0.0.1:${port}/nowhere` });
    try {
      const caller = readerCaller(connection.db);
      await expect(caller.case.list()).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
      registerDatabaseProbe(connection.ping);
      expect(await isDatabaseAvailable()).toBe(false);
    } finally {
      await connection.close();
      markDatabaseAvailable();
    }
  });
});

// Recovery needs a real server to come back: it runs wherever TEST_DATABASE_URL names one (always in CI).
describe.runIf(testServerUrl)("when PostgreSQL goes away and comes back", () => {
  let t: TestDatabase;
  let relay: Relay;
  let connection: DatabaseConnection;

  beforeAll(async () => {
    t = await createTestDatabase();
    await seedDatabase(t.db);
    const direct = new URL(t.url!);
    relay = new Relay(await freePort(), { host: direct.hostname, port: Number(direct.port || 5432) });
    await relay.open();
    const viaRelay = new URL(t.url!);
    viaRelay.hostname = "127.0.0.1";
    viaRelay.port = String(relay.port);
    connection = openDatabase({ driver: "postgres", url: viaRelay.toString(), poolMax: 2 });
    registerDatabaseProbe(connection.ping);
  });
  afterAll(async () => {
    await relay.cut();
    await connection.close();
    await t.drop();
  });

  it("serves, fails cleanly during the outage, and recovers by itself", async () => {
    const caller = readerCaller(connection.db);
    expect(await caller.case.list()).toHaveLength(1);

    await relay.cut();
    await expect(caller.case.list()).rejects.toMatchObject({ code: "SERVICE_UNAVAILABLE" });
    expect(await isDatabaseAvailable()).toBe(false);

    await relay.open();
    await new Promise((resolve) => setTimeout(resolve, 1_100)); // past the probe window
    expect(await isDatabaseAvailable()).toBe(true);
    expect(await caller.case.list()).toHaveLength(1);
  });
});
