import http from "node:http";

/** A closed-loop load generator: `connections` clients, each sending its next request when the last one is answered. */
export interface LoadResult {
  requests: number;
  errors: number;
  /** Up to ten distinct failures, for the report. */
  failures: string[];
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface Request {
  path: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** The status that counts as an answer (default: any 2xx). */
  expect?: number;
}

export function percentile(sorted: number[], p: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! : 0;
}

function send(agent: http.Agent, origin: URL, request: Request): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: origin.hostname,
        port: origin.port,
        path: request.path,
        method: request.method ?? "GET",
        headers: request.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString() }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(request.body);
  });
}

export async function runLoad(
  origin: string,
  connections: number,
  durationMs: number,
  next: (client: number, n: number) => Request,
): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const url = new URL(origin);
  const latencies: number[] = [];
  const failures = new Set<string>();
  let errors = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  await Promise.all(
    Array.from({ length: connections }, async (_, client) => {
      for (let n = 0; performance.now() < deadline; n++) {
        const request = next(client, n);
        const t = performance.now();
        try {
          const { status, body } = await send(agent, url, request);
          if (request.expect !== undefined ? status !== request.expect : status < 200 || status >= 300) {
            errors++;
            if (failures.size < 10) failures.add(`${status} ${request.path}: ${body.slice(0, 120)}`);
          }
        } catch (error) {
          errors++;
          if (failures.size < 10) failures.add(`${request.path}: ${String(error)}`);
        }
        latencies.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    failures: [...failures],
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
  };
}

export const describeLoad = (r: LoadResult) =>
  `${r.requests} requests, ${r.perSecond.toFixed(0)}/s, p50 ${r.p50.toFixed(1)} ms, p95 ${r.p95.toFixed(1)} ms, p99 ${r.p99.toFixed(1)} ms, ${r.errors} errors`;
