import type { Route } from "next";
import Link from "next/link";
import { routes } from "@/lib/routes";
import { RelationBadge } from "./badges";
import { Box } from "./ui";

interface End {
  type: "argument" | "position" | "event";
  id: string;
  label: string;
}
export interface TreeNode {
  id: string;
  kind: "supports" | "rebuts" | "undercuts" | "qualifies";
  note: string | null;
  inferred: boolean;
  end: End;
  children: TreeNode[];
}

function hrefOf(end: End): Route {
  if (end.type === "event") return routes.event(end.id);
  return end.type === "argument" ? routes.argument(end.id) : routes.position(end.id);
}

const TYPE_LABEL = { argument: "Argument", position: "Position", event: "Event" } as const;

/** Supports and attacks as a nested list: each level is what bears on the level above it. */
export function RelationTree({ nodes, direction }: { nodes: TreeNode[]; direction: "incoming" | "outgoing" }) {
  return (
    <ul className="space-y-3">
      {nodes.map((n) => (
        <li key={n.id} className="space-y-2">
          <Box pad="sm">
            <div className="flex flex-wrap items-center gap-2">
              <RelationBadge kind={n.kind} direction={direction} />
              {n.end.type !== "argument" && <span className="text-xs text-muted">{TYPE_LABEL[n.end.type]}</span>}
              {n.inferred && <span className="text-xs text-muted">(inferred)</span>}
            </div>
            <p className="mt-1.5 leading-snug">
              <Link href={hrefOf(n.end)} className="text-ink hover:text-accent">
                {n.end.label}
              </Link>
            </p>
            {n.note && <p className="mt-1 text-sm text-muted">{n.note}</p>}
          </Box>
          {n.children.length > 0 && (
            <div className="ml-4 border-l-2 border-rule pl-4">
              <RelationTree nodes={n.children} direction={direction} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}
