import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { getActor } from "@/lib/server/auth/session";
import { actorFromToken } from "@/lib/server/tokens/access-tokens";

/**
 * The API caller: a bearer token (`Authorization: Bearer hx_…`) when one is sent — an
 * invalid or revoked token is refused outright, never treated as anonymous — otherwise the
 * session cookie, otherwise anonymous (null).
 */
export async function getApiActor(request: Request): Promise<Actor | null> {
  const header = request.headers.get("authorization");
  if (header) {
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    const actor = match ? await actorFromToken(match[1]!) : null;
    if (!actor) throw new AppError("UNAUTHENTICATED", { message: "invalid or revoked token" });
    return actor;
  }
  return getActor();
}
