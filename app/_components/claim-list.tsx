import Link from "next/link";
import { routes } from "@/lib/routes";

/** A bulleted list of arguments, each a link to its page. */
export function ClaimList({
  items,
  className = "mt-2 list-disc space-y-1 pl-5",
}: {
  items: { id: string; claim: string }[];
  className?: string;
}) {
  return (
    <ul className={className}>
      {items.map((a) => (
        <li key={a.id}>
          <Link href={routes.argument(a.id)} className="text-ink hover:text-accent">
            {a.claim}
          </Link>
        </li>
      ))}
    </ul>
  );
}
