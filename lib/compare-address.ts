import { newOrderSeed } from "./compare";

/**
 * Where a comparison's address must go before it is shown, or null when it is complete.
 * The column order is part of the address, so a shared link shows the same columns; a new
 * comparison (no order yet) gets a random one, so no side is always shown first. The
 * picker form sends its choice as `pick=…` (one per box); that becomes `positions=a,b`.
 * Answered by the proxy as a real redirect, before the page (which is prerendered) starts.
 */
export function compareRedirect(
  pathname: string,
  search: URLSearchParams,
  seed: () => number = newOrderSeed,
): string | null {
  if (!/^\/cases\/[^/]+\/compare$/.test(pathname)) return null;
  const picked = search.getAll("pick");
  const chosen = (picked.length ? picked : (search.get("positions") ?? "").split(",")).filter(Boolean).slice(0, 4);
  const order = search.get("order") ?? "";
  if (picked.length === 0 && (chosen.length < 2 || /^\d+$/.test(order))) return null;
  const next = new URLSearchParams();
  next.set("positions", chosen.join(","));
  if (search.get("blind") === "1") next.set("blind", "1");
  next.set("order", String(seed()));
  return `${pathname}?${next.toString()}`;
}
