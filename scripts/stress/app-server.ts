import { spawn, type ChildProcess } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { freePort } from "./cluster";

/**
 * The production server as `npm start` runs it (tsx scripts/start.ts: it builds first when
 * the sources changed or `.next` is missing), on a free port with the given environment.
 */
export interface AppServer {
  origin: string;
  /** Resident memory of the Next server process, in MiB. */
  rssMiB(): number;
  stop(): Promise<void>;
}

/** Every descendant of a process, from /proc (Linux). */
function descendants(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  const out: number[] = [];
  for (const queue = [pid]; queue.length;) {
    for (const child of children.get(queue.shift()!) ?? []) {
      out.push(child);
      queue.push(child);
    }
  }
  return out;
}

function rssKiB(pid: number): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/** Resident memory of the largest process in a tree (the Next server under its launchers), in MiB. */
export function largestRssMiB(root: number): number {
  return Math.max(rssKiB(root), ...descendants(root).map(rssKiB)) / 1024;
}

async function until(what: string, limitMs: number, check: () => Promise<boolean>, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + limitMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}) before ${what}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${what}`);
}

export async function startAppServer(
  env: Record<string, string>,
  log: (line: string) => void = () => {},
): Promise<AppServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const tsx = path.join(process.cwd(), "node_modules", ".bin", "tsx");
  const child = spawn(tsx, ["scripts/start.ts"], {
    env: { ...process.env, NODE_ENV: "production", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true, // its own process group, so stop() ends tsx, next and any worker together
  });
  for (const stream of [child.stdout!, child.stderr!])
    stream.on("data", (chunk: Buffer) => chunk.toString().split("\n").filter(Boolean).forEach(log));
  // A first start may build the app: allow for that on two busy cores.
  await until("the server answered", 15 * 60_000, async () => (await fetch(`${origin}/`)).status === 200, child);
  const nextPid = () => {
    const all = descendants(child.pid!);
    const next = all.filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("next");
      } catch {
        return false;
      }
    });
    return (next.length ? next : all).reduce((best, pid) => (rssKiB(pid) > rssKiB(best) ? pid : best), child.pid!);
  };
  return {
    origin,
    rssMiB: () => rssKiB(nextPid()) / 1024,
    stop: async () => {
      if (child.exitCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      process.kill(-child.pid!, "SIGTERM");
      const timer = setTimeout(() => child.exitCode === null && process.kill(-child.pid!, "SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
