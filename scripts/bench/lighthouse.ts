import { existsSync } from "node:fs";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";

export interface LighthouseFigures {
  name: string;
  url: string;
  /** Median of the runs: performance score (0–100) and total blocking time. */
  score: number;
  totalBlockingTimeMs: number;
  largestContentfulPaintMs: number;
}

const chromePath = () => [process.env.CHROME_PATH, process.env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium"].find((p) => p && existsSync(p));

/**
 * Lighthouse's mobile performance audit (its default: an emulated phone, simulated slow 4G
 * and a 4× slower CPU) on Debian's Chromium, `runs` times per address; the median is kept.
 * Null when no Chromium is installed.
 */
export async function lighthouseFigures(targets: [name: string, url: string][], runs = 3): Promise<LighthouseFigures[] | null> {
  const path = chromePath();
  if (!path) return null;
  const chrome = await chromeLauncher.launch({
    chromePath: path,
    chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const out: LighthouseFigures[] = [];
    for (const [name, url] of targets) {
      const samples: { score: number; tbt: number; lcp: number }[] = [];
      for (let i = 0; i < runs; i++) {
        const result = await lighthouse(url, { port: chrome.port, onlyCategories: ["performance"], logLevel: "error", output: "json" });
        const lhr = result?.lhr;
        if (!lhr) continue;
        samples.push({
          score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
          tbt: lhr.audits["total-blocking-time"]?.numericValue ?? 0,
          lcp: lhr.audits["largest-contentful-paint"]?.numericValue ?? 0,
        });
      }
      samples.sort((a, b) => a.score - b.score);
      const median = samples[Math.floor(samples.length / 2)];
      if (median) out.push({ name, url, score: median.score, totalBlockingTimeMs: Math.round(median.tbt), largestContentfulPaintMs: Math.round(median.lcp) });
    }
    return out;
  } finally {
    chrome.kill();
  }
}
