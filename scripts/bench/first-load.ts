import { gzipSync } from "node:zlib";

/**
 * First-load JavaScript of a page, as a browser meets it: every script file the HTML names
 * (`<script src>`), fetched and gzipped. Cached per file across pages, as a browser would.
 */
export function firstLoadMeter() {
  const sizes = new Map<string, number>();
  return async function firstLoadKb(origin: string, path: string): Promise<{ files: number; kB: number }> {
    const html = await (await fetch(origin + path)).text();
    const files = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]!.replace(/&amp;/g, "&")))];
    let bytes = 0;
    for (const file of files) {
      const url = new URL(file, origin).toString();
      if (!sizes.has(url)) sizes.set(url, gzipSync(Buffer.from(await (await fetch(url)).arrayBuffer())).byteLength);
      bytes += sizes.get(url)!;
    }
    return { files: files.length, kB: bytes / 1000 };
  };
}
