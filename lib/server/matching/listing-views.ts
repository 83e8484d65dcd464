import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { listingAccess } from "@/lib/listings/access";
import { toChallengeView, toOfferView, type ChallengeView, type OfferView } from "@/lib/listings/views";
import { CHALLENGE_SELECT } from "@/lib/server/challenges/challenge-select";
import { db } from "@/lib/server/db/client";
import { OFFER_SELECT } from "@/lib/server/offers/offer-select";
import type { ListingKind } from "@/lib/server/listings/shared";

/** Listings by id as the actor may see them (tiers applied by the shared views); unseen ones are left out. */
export async function loadListingViews(actor: Actor | null, kind: ListingKind, ids: string[]): Promise<Map<string, OfferView | ChallengeView>> {
  const out = new Map<string, OfferView | ChallengeView>();
  if (!ids.length) return out;
  if (kind === "offer") {
    for (const row of await db().offer.findMany({ where: { id: { in: ids } }, select: OFFER_SELECT })) {
      const access = listingAccess(actor, { ...row, grantedOrganizationIds: row.accessGrants.map((g) => g.organizationId) });
      if (access !== "none") out.set(row.id, toOfferView(row, access));
    }
  } else {
    for (const row of await db().challenge.findMany({ where: { id: { in: ids } }, select: CHALLENGE_SELECT })) {
      const access = listingAccess(actor, { ...row, grantedOrganizationIds: row.accessGrants.map((g) => g.organizationId) });
      if (access !== "none") out.set(row.id, toChallengeView(row, access));
    }
  }
  return out;
}
