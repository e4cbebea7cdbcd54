import { headers } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import type { ReactNode } from "react";
import { Box } from "@/app/_components/ui";
import { api } from "@/app/_trpc/server";
import { ENTITIES, ENTITY_GROUPS, ENTITY_TYPES } from "@/lib/curation/entities";
import { adminRoutes } from "@/lib/curation/routes";
import { SignOut } from "./sign-out";

/** Each group's entity types, in the order of ENTITY_TYPES. */
const GROUPS = Object.entries(ENTITY_GROUPS).map(
  ([group, label]) => [label, ENTITY_TYPES.filter((t) => ENTITIES[t].group === group)] as const,
);

/**
 * Every page of the curation area requires a signed-in editor or admin. This check is a
 * convenience for people; each procedure checks the role again on its own.
 */
export default async function CurationLayout({ children }: { children: ReactNode }) {
  const me = await api.auth.me();
  if (!me) {
    const path = (await headers()).get("x-wpe-path") ?? "/admin";
    redirect(adminRoutes.login(path));
  }
  return (
    <div className="grid gap-8 lg:grid-cols-[13rem_minmax(0,1fr)] print:block">
      <nav aria-label="Curation" className="no-print space-y-5 text-sm">
        <Box pad="sm" className="space-y-1">
          <p className="font-semibold">{me.name}</p>
          <p className="text-muted">{me.role === "admin" ? "Admin" : "Editor"}</p>
          <SignOut />
        </Box>
        <ul className="space-y-1">
          <li>
            <Link href="/admin" className="font-medium">
              Dashboard
            </Link>
          </li>
          <li>
            <Link href="/admin/lessons" className="font-medium">
              Lessons
            </Link>
          </li>
          <li>
            <Link href="/admin/authoring" className="font-medium">
              New case from a document
            </Link>
          </li>
          <li>
            <Link href="/admin/import" className="font-medium">
              Import
            </Link>
          </li>
          {me.role === "admin" && (
            <li>
              <Link href="/admin/users" className="font-medium">
                Users
              </Link>
            </li>
          )}
        </ul>
        {GROUPS.map(([label, types]) => (
          <div key={label} className="space-y-1">
            <p className="text-xs font-semibold uppercase tracking-wide text-muted">{label}</p>
            <ul className="space-y-1">
              {types.map((t) => (
                <li key={t}>
                  <Link href={adminRoutes.list(t)}>{ENTITIES[t].plural}</Link>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <div className="min-w-0">{children}</div>
    </div>
  );
}
