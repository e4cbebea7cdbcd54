import { Box } from "./ui";

/** Links to the export endpoints, each a file the browser downloads. */
export function Downloads({ title, items }: { title: string; items: { href: string; label: string; hint: string }[] }) {
  return (
    <section aria-labelledby="downloads-heading" className="no-print space-y-3">
      <h2 id="downloads-heading" className="font-serif text-2xl font-semibold">
        {title}
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((i) => (
          <Box as="li" key={i.href} pad="sm">
            <a href={i.href} download className="font-medium">
              {i.label}
            </a>
            <p className="text-xs text-muted">{i.hint}</p>
          </Box>
        ))}
      </ul>
    </section>
  );
}
