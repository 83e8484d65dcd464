import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { listingAccess } from "@/lib/listings/access";
import { toChallengeView, type ChallengeView } from "@/lib/listings/views";
import { db } from "@/lib/server/db/client";
import { CHALLENGE_SELECT } from "./challenge-select";

/** A challenge as the actor may see it; drafts, archived and expired ones only for their owners. */
export async function getChallenge({ actor, id }: { actor: Actor | null; id: string }): Promise<ChallengeView> {
  const row = await db().challenge.findUnique({ where: { id }, select: CHALLENGE_SELECT });
  if (!row) throw new AppError("NOT_FOUND");
  const access = listingAccess(actor, { ...row, grantedOrganizationIds: row.accessGrants.map((g) => g.organizationId) });
  if (access === "none") throw new AppError("NOT_FOUND");
  return toChallengeView(row, access);
}
