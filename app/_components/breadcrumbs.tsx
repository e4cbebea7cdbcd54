import Link from "next/link";
import type { Route } from "next";

export interface Crumb {
  label: string;
  href?: Route;
}

/** The path from home to this page; the last crumb is the page itself. */
export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav aria-label="Breadcrumb" className="no-print mb-6 text-sm text-muted">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        <li>
          <Link href="/" className="text-muted hover:text-accent">
            Home
          </Link>
        </li>
        {items.map((item, i) => (
          <li key={i} className="flex items-center gap-2">
            <span aria-hidden="true">›</span>
            {item.href && i < items.length - 1 ? (
              <Link href={item.href} className="text-muted hover:text-accent">
                {item.label}
              </Link>
            ) : (
              <span aria-current="page" className="line-clamp-1 max-w-[40ch] text-ink">
                {item.label}
              </span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
