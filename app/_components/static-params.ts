/**
 * `generateStaticParams` for a page of published content. Its one value is no real id (ids
 * are lowercase letters, digits and hyphens), so the build renders one 404 and needs no
 * database; every real address is then prerendered on its first visit and kept until a
 * write purges what it shows. Prerendering (rather than rendering inside the request) is
 * what lets an unknown id still answer with a real 404 status.
 */
export function shellParams<K extends string>(key: K): Record<K, string>[] {
  return [{ [key]: "_shell" } as Record<K, string>];
}
