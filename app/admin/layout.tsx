import type { Metadata } from "next";
import type { ReactNode } from "react";
import { TRPCReactProvider } from "@/app/_trpc/client";

export const metadata: Metadata = {
  title: { default: "Curation", template: "%s · Curation · War Powers Explorer" },
  robots: { index: false, follow: false },
};

/**
 * Every page of the curation area depends on who is signed in, so none has a static shell
 * to check: the area renders per request, never cached.
 */
export const instant = false;

/** The curation area talks to the API from the browser; readers' pages never load this. */
export default function AdminLayout({ children }: { children: ReactNode }) {
  return <TRPCReactProvider>{children}</TRPCReactProvider>;
}
