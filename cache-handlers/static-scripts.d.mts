import type { IncomingMessage, ServerResponse } from "node:http";

export const SCRIPT_HASHES_HEADER: string;
export function inlineScriptHashes(html: string): string[];
export function policyWithScriptHashes(policy: string, hashes: string): string;
export const STORED_PAGE_CACHE_CONTROL: string;
export function storedPageHeaders(html: string): Record<string, string>;
export function etagMatches(ifNoneMatch: string | string[] | undefined, etag: unknown): boolean;
export function applyStoredPageHeaders(req: Pick<IncomingMessage, "method" | "headers">, res: ServerResponse): boolean;
