import { Button } from "./ui";

/** A plain GET form to /search: works without JavaScript, keeps the query in the URL. */
export function SearchBox({
  id,
  defaultValue = "",
  size = "small",
}: {
  id: string;
  defaultValue?: string;
  size?: "small" | "large";
}) {
  const large = size === "large";
  return (
    <form action="/search" method="get" role="search" aria-label="Site search" className="flex w-full gap-2">
      <label htmlFor={id} className="sr-only">
        Search arguments, sources, events, quotes and the record
      </label>
      <input
        id={id}
        name="q"
        type="search"
        defaultValue={defaultValue}
        maxLength={200}
        placeholder={large ? "Search: Kaine, § 1543(a), Prize Cases, “proportionate”…" : "Search"}
        className={`min-w-0 flex-1 rounded-md border border-rule bg-paper ${large ? "px-4 py-3 text-lg" : "px-3 py-1.5 text-sm"}`}
      />
      <Button type="submit" size={large ? "lg" : "sm"}>
        Search
      </Button>
    </form>
  );
}
