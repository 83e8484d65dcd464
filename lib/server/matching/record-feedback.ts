import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { isOwner } from "@/lib/listings/access";
import { ZMatchFeedback } from "@/lib/matching/schemas";
import { fieldErrors } from "@/lib/validation";
import { db } from "@/lib/server/db/client";

/**
 * An owner shortlists or dismisses (with a reason) a matched listing, or clears its verdict.
 * The verdict belongs to the organisation that owns the actor's side of the pair; an actor
 * who owns neither side gets NOT_FOUND.
 */
export async function recordMatchFeedback({ actor, input }: { actor: Actor | null; input: unknown }) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const parsed = ZMatchFeedback.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const { offerId, challengeId, action, reason, note } = parsed.data;
  const [offer, challenge] = await Promise.all([
    db().offer.findUnique({ where: { id: offerId }, select: { organizationId: true, listedByOrganizationId: true } }),
    db().challenge.findUnique({ where: { id: challengeId }, select: { organizationId: true } }),
  ]);
  if (!offer || !challenge) throw new AppError("NOT_FOUND");
  const side = isOwner(actor, challenge)
    ? challenge.organizationId
    : isOwner(actor, offer)
      ? (actor.memberships.some((m) => m.organizationId === offer.organizationId) ? offer.organizationId : offer.listedByOrganizationId!)
      : null;
  if (!side) throw new AppError("NOT_FOUND");
  assertCan(actor, "listing.manage", { organizationId: side });
  const key = { offerId_challengeId_organizationId: { offerId, challengeId, organizationId: side } };
  if (action === "CLEAR") {
    await db().matchFeedback.deleteMany({ where: { offerId, challengeId, organizationId: side } });
    return { action };
  }
  const data = { action, reason: action === "DISMISS" ? reason! : null, note, userId: actor.userId };
  await db().matchFeedback.upsert({ where: key, create: { offerId, challengeId, organizationId: side, ...data }, update: data });
  return { action };
}
