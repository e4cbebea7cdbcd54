import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import semver from "semver";
import { describe, expect, it } from "vitest";

const root = process.cwd();
const ours = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { engines: { node: string } };

/** Every installed package's package.json, scoped ones included, nested ones too. */
function* installed(dir: string): Generator<{ name: string; version: string; engines?: { node?: string } }> {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    if (name.startsWith(".")) continue;
    if (name.startsWith("@")) {
      yield* installed(path.join(dir, name));
      continue;
    }
    const pkgDir = path.join(dir, name);
    try {
      yield JSON.parse(readFileSync(path.join(pkgDir, "package.json"), "utf8"));
    } catch {
      continue;
    }
    yield* installed(path.join(pkgDir, "node_modules"));
  }
}

describe("supported Node.js", () => {
  it("names a maintained release line (24 LTS or newer)", () => {
    const floor = semver.minVersion(ours.engines.node)!;
    expect(floor.major).toBeGreaterThanOrEqual(24);
  });

  it("satisfies every installed dependency's own engines.node", () => {
    const floor = semver.minVersion(ours.engines.node)!.version;
    const unmet: string[] = [];
    let checked = 0;
    for (const pkg of installed(path.join(root, "node_modules"))) {
      const wanted = pkg.engines?.node;
      if (!wanted || !semver.validRange(wanted)) continue;
      checked++;
      if (!semver.satisfies(floor, wanted)) unmet.push(`${pkg.name}@${pkg.version} wants node ${wanted}`);
    }
    console.info(
      `engines: ${checked} packages declare engines.node; Node.js ${floor} satisfies ${checked - unmet.length}`,
    );
    expect(unmet).toEqual([]);
  });
});
