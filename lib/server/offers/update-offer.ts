import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { ZOfferInput } from "@/lib/listings/schemas";
import { fieldErrors } from "@/lib/validation";
import { db } from "@/lib/server/db/client";
import { assertCanManageListing, loadListingOwner } from "@/lib/server/listings/load-owner";
import { resolveClassification } from "@/lib/server/listings/shared";
import { listingChanged } from "@/lib/server/matching/listing-changed";

/** The owner edits an offer in any state but ARCHIVED (archived listings are read-only). */
export async function updateOffer({ actor, id, input }: { actor: Actor | null; id: string; input: unknown }) {
  const owner = await loadListingOwner("offer", id);
  assertCanManageListing(actor, owner);
  if (owner.status === "ARCHIVED") throw new AppError("CONFLICT", { message: "archived" });
  const parsed = ZOfferInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const { onBehalfOfOrganizationId, ...data } = parsed.data; // the lister cannot change after creation
  const classification = await resolveClassification(data);
  await db().offer.update({ where: { id }, data: { ...data, ...classification } });
  await listingChanged("offer", id);
  return { id };
}
