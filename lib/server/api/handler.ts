import "server-only";
import { NextResponse } from "next/server";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { toErrorResponse } from "@/lib/server/errors/to-response";
import { getApiActor } from "./api-actor";

type Ctx<P> = { params: Promise<P> };
type Handler<P> = (args: { request: Request; actor: Actor | null; params: P }) => Promise<Response | unknown>;

/**
 * Wraps an API route: resolves the caller, turns thrown AppErrors into JSON errors
 * (`{ error: { code, message, fields } }`) and plain results into JSON.
 */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>, opts: { status?: number } = {}) {
  return async (request: Request, ctx: Ctx<P>) => {
    try {
      const actor = await getApiActor(request);
      const result = await handler({ request, actor, params: ctx ? await ctx.params : ({} as P) });
      if (result instanceof Response) return result;
      return NextResponse.json(result, { status: opts.status ?? 200, headers: { "Cache-Control": "no-store" } });
    } catch (err) {
      return toErrorResponse(err);
    }
  };
}

/** The JSON body, or VALIDATION when it is not a JSON object. */
export async function jsonBody(request: Request): Promise<Record<string, unknown>> {
  const body = await request.json().catch(() => null);
  if (!body || typeof body !== "object" || Array.isArray(body)) throw new AppError("VALIDATION", { message: "the body must be a JSON object" });
  return body as Record<string, unknown>;
}

/** Query parameters, with repeated keys as arrays. */
export function queryOf(request: Request): Record<string, string | string[]> {
  const sp = new URL(request.url).searchParams;
  return Object.fromEntries([...new Set(sp.keys())].map((k) => [k, sp.getAll(k).length > 1 ? sp.getAll(k) : sp.get(k)!]));
}
