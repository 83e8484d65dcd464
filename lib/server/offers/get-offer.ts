import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { listingAccess } from "@/lib/listings/access";
import { toOfferView, type OfferView } from "@/lib/listings/views";
import { db } from "@/lib/server/db/client";
import { OFFER_SELECT } from "./offer-select";

/** An offer as the actor may see it; drafts, archived and expired offers only for their owners. */
export async function getOffer({ actor, id }: { actor: Actor | null; id: string }): Promise<OfferView> {
  const row = await db().offer.findUnique({ where: { id }, select: OFFER_SELECT });
  if (!row) throw new AppError("NOT_FOUND");
  const access = listingAccess(actor, { ...row, grantedOrganizationIds: row.accessGrants.map((g) => g.organizationId) });
  if (access === "none") throw new AppError("NOT_FOUND");
  return toOfferView(row, access);
}
