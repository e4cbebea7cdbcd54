import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { largestRssMiB } from "../stress/app-server";
import { freePort } from "../stress/cluster";

/**
 * A bare Next app on the same `next` as the project, built and started beside it: one
 * prerendered page (and /link, the same with one next/link), the baseline a published page is held against. Its node_modules are
 * hard links to the project's, so nothing is downloaded.
 */
export async function startBareNext(): Promise<{ origin: string; rssMiB: () => number; stop: () => Promise<void> }> {
  const dir = mkdtempSync(path.join(tmpdir(), "wpe-bare-next-"));
  mkdirSync(path.join(dir, "app"));
  writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "bare-next", private: true, type: "module" }));
  writeFileSync(path.join(dir, "next.config.mjs"), "export default { agentRules: false };\n");
  writeFileSync(
    path.join(dir, "app", "layout.jsx"),
    'export default function Layout({ children }) { return <html lang="en"><body>{children}</body></html>; }\n',
  );
  writeFileSync(path.join(dir, "app", "page.jsx"), "export default function Page() { return <main><h1>A bare page</h1></main>; }\n");
  // The same with one next/link, the client navigation every real page carries: what that alone adds to first-load JavaScript.
  mkdirSync(path.join(dir, "app", "link"));
  writeFileSync(
    path.join(dir, "app", "link", "page.jsx"),
    'import Link from "next/link";\nexport default function Page() { return <main><h1>A bare page</h1><Link href="/">Home</Link></main>; }\n',
  );
  execFileSync("cp", ["-al", path.join(process.cwd(), "node_modules"), path.join(dir, "node_modules")]);
  const next = path.join(dir, "node_modules", ".bin", "next");
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  execFileSync(next, ["build"], { cwd: dir, env, stdio: "pipe" });
  const port = await freePort();
  const child = spawn(next, ["start", "-p", String(port), "-H", "127.0.0.1"], { cwd: dir, env, stdio: "ignore", detached: true });
  const origin = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (await fetch(origin).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    rssMiB: () => largestRssMiB(child.pid!),
    stop: async () => {
      if (child.exitCode === null) process.kill(-child.pid!, "SIGTERM");
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
