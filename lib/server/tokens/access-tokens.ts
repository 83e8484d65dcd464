import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { fieldErrors } from "@/lib/validation";
import { loadActor } from "@/lib/server/auth/load-actor";
import { db } from "@/lib/server/db/client";

const PREFIX = "hx_";
const hash = (token: string) => createHash("sha256").update(token).digest("hex");

export const ZCreateToken = z.object({ name: z.string().trim().min(1, "tokenNameRequired").max(80, "tooLong") });

export type TokenRow = { id: string; name: string; prefix: string; createdAt: Date; lastUsedAt: Date | null; revokedAt: Date | null };

/** Creates a token for the actor; the plain token is returned this once and never stored. */
export async function createAccessToken({ actor, input }: { actor: Actor | null; input: unknown }): Promise<{ token: string; row: TokenRow }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const parsed = ZCreateToken.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const token = `${PREFIX}${randomBytes(32).toString("base64url")}`;
  const row = await db().accessToken.create({
    data: { userId: actor.userId, name: parsed.data.name, tokenHash: hash(token), prefix: token.slice(0, 10) },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
  return { token, row };
}

export async function listAccessTokens({ actor }: { actor: Actor | null }): Promise<TokenRow[]> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  return db().accessToken.findMany({
    where: { userId: actor.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

/** Revokes one of the actor's own tokens; another user's token is NOT_FOUND. */
export async function revokeAccessToken({ actor, id }: { actor: Actor | null; id: string }): Promise<void> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const result = await db().accessToken.updateMany({ where: { id, userId: actor.userId, revokedAt: null }, data: { revokedAt: new Date() } });
  if (result.count === 0) throw new AppError("NOT_FOUND");
}

/** The actor behind a bearer token, or null for an unknown or revoked token. */
export async function actorFromToken(token: string): Promise<Actor | null> {
  if (!token.startsWith(PREFIX) || token.length > 100) return null;
  const row = await db().accessToken.findUnique({ where: { tokenHash: hash(token) }, select: { id: true, userId: true, revokedAt: true, lastUsedAt: true } });
  if (!row || row.revokedAt) return null;
  // Recording use at most once a minute keeps reads from turning into a write each time.
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > 60_000) {
    await db().accessToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return loadActor(row.userId);
}
