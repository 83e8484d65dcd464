import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ChallengeView, OfferView } from "@/lib/listings/views";
import type { Reason } from "@/lib/matching/score";
import { db } from "@/lib/server/db/client";
import { loadListingViews } from "./listing-views";

export type FeedPair = { offer: OfferView; challenge: ChallengeView; score: number; reasons: Reason[]; computedAt: string; introducedAt: string | null };
/** How long a pair stays "new" in the feed. */
export const FEED_DAYS = 30;

export type BrokerFeed = { organization: { id: string; name: string }; servesAll: boolean; pairs: FeedPair[] };

/** The actor's verified intermediary organisation (the chosen one when several), else FORBIDDEN/NOT_FOUND. */
export async function loadBrokerOrganization(actor: Actor | null, organizationId?: string) {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const ids = actor.memberships.map((m) => m.organizationId).filter((id) => !organizationId || id === organizationId);
  const org = await db().organization.findFirst({
    where: { id: { in: ids }, kind: "INTERMEDIARY" },
    select: { id: true, name: true, verificationStatus: true, servedFields: true, servedRegions: true },
  });
  if (!org) throw new AppError(organizationId ? "NOT_FOUND" : "FORBIDDEN");
  if (org.verificationStatus !== "VERIFIED") throw new AppError("FORBIDDEN", { message: "intermediary not verified" });
  return org;
}

/**
 * New high-scoring pairs for a verified intermediary, in the fields, sectors and regions it
 * serves (all pairs when it names none): pairs found in the last FEED_DAYS, best first; pairs
 * it already introduced say so.
 */
export async function listBrokerFeed({ actor, organizationId, take = 30 }: { actor: Actor | null; organizationId?: string; take?: number }): Promise<BrokerFeed> {
  const org = await loadBrokerOrganization(actor, organizationId);
  const serves = org.servedFields;
  const regions = org.servedRegions;
  const now = new Date();
  const live = { status: "PUBLISHED" as const, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] };
  const scope = (codes: string[], provinces: string[]) => [
    ...(codes.length ? [{ fieldCodes: { hasSome: codes } }, { sectorCodes: { hasSome: codes } }] : []),
    ...(provinces.length ? [{ province: { in: provinces } }] : []),
  ];
  const servesAll = !serves.length && !regions.length;
  const pairs = await db().matchPair.findMany({
    where: {
      computedAt: { gte: new Date(now.getTime() - FEED_DAYS * 24 * 60 * 60 * 1000) },
      offer: live,
      challenge: live,
      ...(servesAll ? {} : { OR: [{ offer: { OR: scope(serves, regions) } }, { challenge: { OR: scope(serves, regions) } }] }),
    },
    orderBy: [{ score: "desc" }, { computedAt: "desc" }],
    take,
  });
  const introduced = await db().matchIntroduction.findMany({
    where: { intermediaryId: org.id, OR: pairs.map((p) => ({ offerId: p.offerId, challengeId: p.challengeId })) },
    select: { offerId: true, challengeId: true, createdAt: true },
  });
  const introducedAt = new Map(introduced.map((i) => [`${i.offerId}:${i.challengeId}`, i.createdAt.toISOString()]));
  const [offers, challenges] = await Promise.all([
    loadListingViews(actor, "offer", pairs.map((p) => p.offerId)),
    loadListingViews(actor, "challenge", pairs.map((p) => p.challengeId)),
  ]);
  return {
    organization: { id: org.id, name: org.name },
    servesAll,
    pairs: pairs
      .filter((p) => offers.has(p.offerId) && challenges.has(p.challengeId))
      .map((p) => ({
        offer: offers.get(p.offerId) as OfferView,
        challenge: challenges.get(p.challengeId) as ChallengeView,
        score: p.score,
        reasons: p.reasons as unknown as Reason[],
        computedAt: p.computedAt.toISOString(),
        introducedAt: introducedAt.get(`${p.offerId}:${p.challengeId}`) ?? null,
      })),
  };
}
