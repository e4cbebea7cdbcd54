import type { ReactNode } from "react";

/** A titled section of a page; the heading labels the region for assistive technology. */
export function Section({
  id,
  title,
  description,
  children,
  className = "",
}: {
  id: string;
  title: string;
  description?: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className={`space-y-4 ${className}`}>
      <div className="space-y-1">
        <h2 id={`${id}-heading`} className="font-serif text-2xl font-semibold">
          {title}
        </h2>
        {description && <p className="text-sm text-muted">{description}</p>}
      </div>
      {children}
    </section>
  );
}
