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
  const blind = search.get("blind") === "1";
  // The picker's boxes say "number:id"; a blind address takes the number (see positionRefs).
  const picked = search.getAll("pick").map((v) => {
    const [n, id] = v.includes(":") ? v.split(":", 2) : [v, v];
    return blind ? n! : id!;
  });
  const chosen = (picked.length ? picked : (search.get("positions") ?? "").split(",")).filter(Boolean).slice(0, 4);
  const order = search.get("order") ?? "";
  if (picked.length === 0 && (chosen.length < 2 || /^\d+$/.test(order))) return null;
  const next = new URLSearchParams();
  next.set("positions", chosen.join(","));
  if (blind) next.set("blind", "1");
  next.set("order", String(seed()));
  return `${pathname}?${next.toString()}`;
}

/**
 * How a compare address names its positions. Ids spell out who holds a position
 * ("p-kaine-unconstitutional"), so a blind comparison's addresses, and the links on its page,
 * name them by their number in the case's list instead, from 1; either form is read back.
 */
export function positionRefs(ids: string[], caseIds: string[], blind: boolean): string {
  return ids.map((id) => (blind ? String(caseIds.indexOf(id) + 1) : id)).join(",");
}

/** The position ids an address names, by id or by number; null when one names no position of the case. */
export function resolvePositions(refs: string[], caseIds: string[]): string[] | null {
  const ids = refs.map((ref) => (/^\d+$/.test(ref) ? caseIds[Number(ref) - 1] : caseIds.find((id) => id === ref)));
  return ids.every((id): id is string => id !== undefined) ? ids : null;
}

/** The value of a picker box: both forms, so the address can take the one its mode needs. */
export const pickValue = (id: string, caseIds: string[]) => `${caseIds.indexOf(id) + 1}:${id}`;
