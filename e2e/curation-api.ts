import type { APIRequestContext } from "@playwright/test";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import superjson from "superjson";
import type { EntityType } from "@/lib/curation/entities";
import type { AppRouter } from "@/server/root";
import { E2E_ADMIN } from "./credentials";

type In = inferRouterInputs<AppRouter>["curation"];
type Out = inferRouterOutputs<AppRouter>["curation"];
export type Entity = Out["get"];
type Status = Entity["status"];

/** A tRPC answer that was an error: its code and message, as the app sent them. */
export class ApiError extends Error {
  constructor(
    readonly path: string,
    readonly code: string,
    message: string,
    /** The fields at fault on a BAD_REQUEST, as the forms show them. */
    readonly fieldErrors: Record<string, string[]> = {},
  ) {
    super(`${path}: ${code} ${message}`);
  }
}

/**
 * The curation API over HTTP, as the admin's browser calls it (superjson bodies, a same-site
 * Origin, JSON content type), so fixtures make and remove their data through the same checks
 * the forms go through, never behind the app's back.
 */
export class CurationApi {
  constructor(
    private readonly request: APIRequestContext,
    private readonly origin: string,
  ) {}

  /** Signs the request context in as the e2e admin; its cookie jar then carries the session. */
  static async signedIn(request: APIRequestContext, origin: string) {
    const api = new CurationApi(request, origin);
    await api.call("mutation", "auth.login", { email: E2E_ADMIN.email, password: E2E_ADMIN.password });
    return api;
  }

  async call<T>(kind: "query" | "mutation", path: string, input: unknown): Promise<T> {
    const body = superjson.serialize(input);
    const response =
      kind === "query"
        ? await this.request.get(`/api/trpc/${path}?input=${encodeURIComponent(JSON.stringify(body))}`)
        : await this.request.post(`/api/trpc/${path}`, {
            data: body,
            headers: { origin: this.origin, "content-type": "application/json" },
          });
    const text = await response.text();
    let parsed: {
      result?: { data: Parameters<typeof superjson.deserialize>[0] };
      error?: { json: { message: string; data?: { code?: string; fieldErrors?: Record<string, string[]> | null } } };
    };
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ApiError(path, String(response.status()), text.slice(0, 200));
    }
    if (parsed.error) {
      const { message, data } = parsed.error.json;
      throw new ApiError(path, data?.code ?? String(response.status()), message, data?.fieldErrors ?? {});
    }
    return superjson.deserialize(parsed.result!.data) as T;
  }

  get(type: EntityType, id: string) {
    return this.call<Entity>("query", "curation.get", { type, id } satisfies In["get"]);
  }

  create(type: EntityType, values: Record<string, unknown>, id?: string) {
    return this.call<Out["create"]>("mutation", "curation.create", { type, id, values } satisfies In["create"]);
  }

  /** Saves new values over the current version (read first, so fixtures never conflict with themselves). */
  async update(type: EntityType, id: string, values: Record<string, unknown>) {
    const current = await this.get(type, id);
    return this.call<Out["update"]>("mutation", "curation.update", {
      type,
      id,
      baseVersion: current.version,
      values: { ...current.values, ...values },
    } satisfies In["update"]);
  }

  async transition(type: EntityType, id: string, to: Status) {
    const current = await this.get(type, id);
    return this.call<Out["transition"]>("mutation", "curation.transition", {
      type,
      id,
      baseVersion: current.version,
      to,
    } satisfies In["transition"]);
  }

  publish(type: EntityType, id: string) {
    return this.transition(type, id, "published");
  }

  /** Soft-deletes a row (admins may delete published ones); a row already gone is left alone. */
  async remove(type: EntityType, id: string) {
    let current: Entity;
    try {
      current = await this.get(type, id);
    } catch (error) {
      if (error instanceof ApiError && error.code === "NOT_FOUND") return;
      throw error;
    }
    if (current.deletedAt) return;
    await this.call("mutation", "curation.delete", { type, id, baseVersion: current.version } satisfies In["delete"]);
  }

  importCase(text: string, dryRun: boolean) {
    return this.call<Out["importCase"]>("mutation", "curation.importCase", { text, dryRun } satisfies In["importCase"]);
  }
}
