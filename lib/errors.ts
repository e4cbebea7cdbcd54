/**
 * The errors of the domain: what services and queries throw when a request cannot be
 * carried out. They know nothing of the transport; one tRPC middleware (server/trpc.ts)
 * maps each code to its tRPC code, and so to an HTTP status.
 */
export type DomainErrorCode =
  /** What was asked for does not exist, or the caller may not know it exists. */
  | "NOT_FOUND"
  /** A save based on an old version, or a key that is already taken. */
  | "CONFLICT"
  /** The input is wrong: a field, or the request as a whole. */
  | "INVALID"
  /** The caller may not do this, or not in the item's present state. */
  | "FORBIDDEN"
  /** The caller has used up a limit. */
  | "TOO_MANY_REQUESTS"
  /** The request is well formed but contradicts an earlier one (a reused idempotency key). */
  | "UNPROCESSABLE";

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = "DomainError";
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string) {
    super("NOT_FOUND", message);
  }
}

/** A conflict; when a save met a newer version, `current` is that version, for the editor to compare. */
export class ConflictError<T = unknown> extends DomainError {
  constructor(
    message: string,
    readonly current: T | null = null,
    options?: { cause?: unknown },
  ) {
    super("CONFLICT", message, options);
  }
}

export class ForbiddenError extends DomainError {
  constructor(message: string) {
    super("FORBIDDEN", message);
  }
}

/** One problem with the input, at the path of the field it concerns ([] for the whole). */
export interface Issue {
  path: PropertyKey[];
  message: string;
}

/** Invalid input, with the problems field by field (shown beside each field in a form). */
export class InvalidInputError extends DomainError {
  readonly issues: Issue[];
  constructor(message: string, issues: Issue[] = [], options?: { cause?: unknown }) {
    super("INVALID", message, options);
    this.issues = issues;
  }
}

/** Invalid input from its issues; the message lists them all. */
export function validationError(issues: Issue[]): InvalidInputError {
  const message = issues.map((i) => `${i.path.map(String).join(".")}: ${i.message}`).join("; ");
  return new InvalidInputError(message, issues);
}

/** Rejects a save with a message attached to one field. */
export function fieldError(field: string, message: string): never {
  throw validationError([{ path: [field], message }]);
}

/** A limit used up; `retryAfterSeconds` says when to come back (the Retry-After header over HTTP). */
export class RateLimitedError extends DomainError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super("TOO_MANY_REQUESTS", `${message} Try again in ${retryAfterSeconds} s.`);
    this.name = "RateLimitedError";
  }
}

export class UnprocessableError extends DomainError {
  constructor(message: string) {
    super("UNPROCESSABLE", message);
  }
}
