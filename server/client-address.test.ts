import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { CLIENT_IP_HEADER, clientAddress, limitSubject, normalizeAddress, stampClientAddress } from "./client-address";

describe("clientAddress", () => {
  it("with no proxy trusted, takes the socket's peer and ignores X-Forwarded-For", () => {
    expect(clientAddress("198.51.100.7", undefined, 0)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", "203.0.113.5", 0)).toBe("198.51.100.7");
    expect(clientAddress("198.51.100.7", ["203.0.113.5", "10.0.0.1"], 0)).toBe("198.51.100.7");
    expect(clientAddress(undefined, "203.0.113.5", 0)).toBe("unknown");
  });

  it("behind one proxy, takes the entry that proxy appended (the rightmost), not a spoofed one", () => {
    expect(clientAddress("10.0.0.2", "203.0.113.5", 1)).toBe("203.0.113.5");
    // The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the real peer.
    expect(clientAddress("10.0.0.2", "1.2.3.4, 203.0.113.5", 1)).toBe("203.0.113.5");
    expect(clientAddress("10.0.0.2", ["1.2.3.4", "203.0.113.5"], 1)).toBe("203.0.113.5");
    // No header at all: the request did not come through the proxy; the socket is all we know.
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
  });

  it("behind two proxies, takes the second entry from the right", () => {
    expect(clientAddress("10.0.0.3", "203.0.113.5, 10.0.0.2", 2)).toBe("203.0.113.5");
    expect(clientAddress("10.0.0.3", "6.6.6.6, 7.7.7.7, 203.0.113.5, 10.0.0.2", 2)).toBe("203.0.113.5");
    // Fewer entries than hops: the furthest one a trusted proxy wrote.
    expect(clientAddress("10.0.0.3", "203.0.113.9", 2)).toBe("203.0.113.9");
  });

  it("answers unknown, never the raw text, when the vouched entry is not an address", () => {
    expect(clientAddress("10.0.0.2", "1.2.3.4, <script>", 1)).toBe("unknown");
    expect(clientAddress("10.0.0.2", "1.2.3.4, ", 1)).toBe("1.2.3.4");
  });

  it("normalizes IPv6, IPv4-mapped IPv6, ports and brackets", () => {
    expect(clientAddress("::ffff:203.0.113.5", undefined, 0)).toBe("203.0.113.5");
    expect(clientAddress("::1", undefined, 0)).toBe("::1");
    expect(clientAddress("2001:DB8::1", undefined, 0)).toBe("2001:db8::1");
    expect(clientAddress("::ffff:10.0.0.2", "[2001:db8::7]:4711", 1)).toBe("2001:db8::7");
    expect(clientAddress("10.0.0.2", "203.0.113.5:8080", 1)).toBe("203.0.113.5");
    expect(normalizeAddress("0:0:0:0:0:ffff:198.51.100.1")).toBe("198.51.100.1");
    expect(normalizeAddress("fe80::1%eth0")).toBe("fe80::1");
    expect(normalizeAddress("not an address")).toBeNull();
    expect(normalizeAddress("999.1.1.1")).toBeNull();
  });
});

describe("limitSubject", () => {
  it("counts IPv4 by address and IPv6 by its /64", () => {
    expect(limitSubject("203.0.113.5")).toBe("203.0.113.5");
    expect(limitSubject("2001:db8:1:2:aaaa::1")).toBe("2001:db8:1:2::/64");
    expect(limitSubject("2001:db8:1:2:bbbb:cccc:dddd:eeee")).toBe("2001:db8:1:2::/64");
    expect(limitSubject("2001:db8::1")).toBe("2001:db8:0:0::/64");
    expect(limitSubject("::1")).toBe("0:0:0:0::/64");
    expect(limitSubject("64:ff9b::203.0.113.5")).toBe("64:ff9b:0:0::/64");
    expect(limitSubject("unknown")).toBe("unknown");
  });
});

describe("stampClientAddress on a real socket", () => {
  /** A server that stamps like scripts/serve.ts and echoes what the app would see. */
  async function echo(hops: number, headers: Record<string, string>) {
    const server = createServer((req, res) => {
      stampClientAddress(req, hops);
      res.end(JSON.stringify(req.headers satisfies IncomingHttpHeaders));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const res = await fetch(`http://127.0.0.1:${port}/`, { headers });
      return (await res.json()) as Record<string, string>;
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  }

  it("overwrites a client's own x-wpe-client-ip and X-Forwarded-For with the socket's address", async () => {
    const seen = await echo(0, { [CLIENT_IP_HEADER]: "1.2.3.4", "x-forwarded-for": "5.6.7.8" });
    expect(seen[CLIENT_IP_HEADER]).toBe("127.0.0.1");
  });

  it("behind one trusted proxy, takes the address it appended", async () => {
    const seen = await echo(1, { [CLIENT_IP_HEADER]: "1.2.3.4", "x-forwarded-for": "5.6.7.8, 203.0.113.5" });
    expect(seen[CLIENT_IP_HEADER]).toBe("203.0.113.5");
  });
});
