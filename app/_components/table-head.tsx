/** The header row every list table shares: labelled columns, the last without right padding. */
export function TableHead({ columns }: { columns: { label: string; align?: "left" | "right" }[] }) {
  return (
    <thead>
      <tr className="border-b border-rule text-left">
        {columns.map((c, i) => (
          <th
            key={c.label}
            scope="col"
            className={`py-2 ${i < columns.length - 1 ? "pr-3" : ""} ${c.align === "right" ? "text-right" : ""}`}
          >
            {c.label}
          </th>
        ))}
      </tr>
    </thead>
  );
}
