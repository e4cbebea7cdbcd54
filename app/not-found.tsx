import Link from "next/link";

export default function NotFound() {
  return (
    <div className="max-w-2xl space-y-4 py-8">
      <p className="text-sm font-medium uppercase tracking-wide text-muted">404 · Not found</p>
      <h1 className="font-serif text-3xl font-semibold">There is nothing at this address</h1>
      <p className="text-muted">
        The page may have moved, or the link may be mistyped. Every case, argument and source keeps a stable address
        once it is published.
      </p>
      <p>
        <Link href="/">Go to the list of cases</Link>
      </p>
    </div>
  );
}
