import "server-only";
import { assertCan, type Actor } from "@/lib/auth/permissions";
import { ZOpenDeal } from "@/lib/deals/schemas";
import { respondByFrom } from "@/lib/deals/stages";
import { AppError } from "@/lib/errors";
import { isLive } from "@/lib/listings/access";
import { fieldErrors } from "@/lib/validation";
import { recordAudit } from "@/lib/server/audit/record-audit";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { notifyDealParties } from "./deal-notify";
import { findOpenDeal, lockListing } from "./express-interest";

/**
 * An intermediary turns one of its own introductions into a deal: the offer's owner answers
 * (and issues the NDA), the challenge's owner is the partner, the intermediary is a party.
 */
export async function openDeal({ actor, input }: { actor: Actor | null; input: unknown }): Promise<{ id: string }> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const parsed = ZOpenDeal.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const { offerId, challengeId, message } = parsed.data;
  const intro = await db().matchIntroduction.findFirst({
    where: { offerId, challengeId, intermediaryId: { in: actor.memberships.map((m) => m.organizationId) } },
    select: {
      id: true,
      intermediaryId: true,
      message: true,
      offer: { select: { organizationId: true, status: true, expiresAt: true, fieldCodes: true, sectorCodes: true, province: true } },
      challenge: { select: { organizationId: true, status: true, expiresAt: true } },
    },
  });
  if (!intro) throw new AppError("NOT_FOUND");
  assertCan(actor, "deal.participate", { organizationId: intro.intermediaryId });
  if (!isLive(intro.offer) || !isLive(intro.challenge)) throw new AppError("CONFLICT", { fields: { form: "listingClosed" } });

  try {
    return await db().$transaction(async (tx) => {
      await lockListing(tx, "offer", offerId);
      if (await findOpenDeal(tx, "offer", offerId, intro.challenge.organizationId)) throw new AppError("CONFLICT", { fields: { form: "dealAlreadyOpen" } });
      const createdAt = new Date();
      const deal = await tx.deal.create({
        data: {
          listingKind: "offer",
          offerId,
          challengeId,
          introductionId: intro.id,
          ownerOrgId: intro.offer.organizationId,
          partnerOrgId: intro.challenge.organizationId,
          intermediaryOrgId: intro.intermediaryId,
          initiatorOrgId: intro.intermediaryId,
          createdById: actor.userId,
          message: message ?? intro.message ?? "",
          // the offer's facets, copied for the outcome figures (lib/server/outcomes)
          fieldCodes: intro.offer.fieldCodes,
          sectorCodes: intro.offer.sectorCodes,
          province: intro.offer.province,
          createdAt,
          respondBy: respondByFrom(createdAt),
        },
      });
      await recordAudit(tx, {
        actor,
        organizationId: intro.intermediaryId,
        entityType: "deal",
        entityId: deal.id,
        dealId: deal.id,
        action: "deal.opened",
        after: { stage: deal.stage, version: deal.version, offerId, challengeId, introductionId: intro.id, message: deal.message, respondBy: deal.respondBy },
      });
      await notifyDealParties({ tx, deal, fromOrgId: intro.intermediaryId, notice: "opened" });
      return { id: deal.id };
    });
  } catch (err) {
    // One deal per introduction (unique column): a second click finds the first deal's row.
    if (err instanceof Prisma.PrismaClientKnownRequestError && err.code === "P2002") throw new AppError("CONFLICT", { fields: { form: "dealAlreadyOpen" } });
    throw err;
  }
}

/** For the broker feed: the deals already opened from the actor's introductions, by "offerId:challengeId". */
export async function dealsFromIntroductions({ actor }: { actor: Actor | null }): Promise<Map<string, string>> {
  if (!actor) return new Map();
  const rows = await db().deal.findMany({
    where: { introductionId: { not: null }, intermediaryOrgId: { in: actor.memberships.map((m) => m.organizationId) } },
    select: { id: true, offerId: true, challengeId: true },
  });
  return new Map(rows.map((r) => [`${r.offerId}:${r.challengeId}`, r.id]));
}
