import type { ServerResponse } from "node:http";

export const SCRIPT_HASHES_HEADER: string;
export function inlineScriptHashes(html: string): string[];
export function policyWithScriptHashes(policy: string, hashes: string): string;
export const STORED_PAGE_CACHE_CONTROL: string;
export function applyStoredPageHeaders(res: ServerResponse): void;
