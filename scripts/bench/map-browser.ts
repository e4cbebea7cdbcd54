import { chromium } from "@playwright/test";
import { sql } from "drizzle-orm";
import { openDatabase, type DatabaseTarget } from "@/db/client";
import { seedDatabase } from "@/db/seed";

/**
 * The map budget: 500 nodes drawn in under a second in the browser. A published case with
 * 20 positions of 24 arguments each (500 nodes, 460 relations) is written before the server
 * starts; then Chromium opens its map, and the time from navigation to the 500th node in the
 * page is measured.
 */
export const MAP_CASE = "bench-map-case";

export async function writeMapCase(target: DatabaseTarget): Promise<void> {
  const connection = openDatabase(target);
  try {
    await connection.migrate();
    const { db } = connection;
    await seedDatabase(db);
    await db.execute(sql`insert into cases (id, slug, title, summary, status)
      values (${MAP_CASE}, ${MAP_CASE}, 'A map of 500 nodes', 'A synthetic case for measuring the argument map.', 'published')`);
    await db.execute(sql`insert into positions (id, case_id, title, summary, stance, legal_frame, status, sort_order)
      select 'bench-map-p-' || p, ${MAP_CASE}, 'Synthetic position ' || p || ' on the legality of the strike', 'A view.', 'lawful', 'domestic', 'published', p
      from generate_series(1, 20) p`);
    await db.execute(sql`insert into arguments (id, position_id, claim, explanation, status, sort_order)
      select 'bench-map-a-' || p || '-' || a, 'bench-map-p-' || p, 'Argument ' || a || ' of position ' || p || ', a claim of ordinary length about war powers',
             'Explanation.', 'published', a
      from generate_series(1, 20) p, generate_series(1, 24) a`);
    await db.execute(sql`insert into argument_relations (id, from_argument_id, to_argument_id, kind, status)
      select 'bench-map-r-' || p || '-' || a, 'bench-map-a-' || p || '-' || a, 'bench-map-a-' || (p % 20 + 1) || '-' || (a - 1),
             (case when a % 2 = 0 then 'rebuts' else 'supports' end)::relation_kind, 'published'
      from generate_series(1, 20) p, generate_series(2, 24) a`);
  } finally {
    await connection.close();
  }
}

/** Milliseconds from navigation until the map holds `nodes` drawn nodes, the median of `runs` fresh page loads. */
export async function mapRenderMs(origin: string, nodes = 500, runs = 5): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: process.env.PLAYWRIGHT_CHROMIUM_PATH || "/usr/bin/chromium", args: ["--no-sandbox"] });
  try {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`${origin}/cases/${MAP_CASE}/map`, { waitUntil: "commit" });
      await page.waitForFunction((n) => document.querySelectorAll(".react-flow__node").length >= n, nodes, { timeout: 30_000, polling: "raf" });
      times.push(await page.evaluate(() => performance.now()));
      await page.close();
    }
    return times.sort((a, b) => a - b);
  } finally {
    await browser.close();
  }
}
