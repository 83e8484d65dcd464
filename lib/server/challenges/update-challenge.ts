import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { ZChallengeInput } from "@/lib/listings/schemas";
import { fieldErrors } from "@/lib/validation";
import { db } from "@/lib/server/db/client";
import { assertCanManageListing, loadListingOwner } from "@/lib/server/listings/load-owner";
import { resolveClassification } from "@/lib/server/listings/shared";
import { listingChanged } from "@/lib/server/matching/listing-changed";

/** The owner edits a challenge in any state but ARCHIVED (archived listings are read-only). */
export async function updateChallenge({ actor, id, input }: { actor: Actor | null; id: string; input: unknown }) {
  const owner = await loadListingOwner("challenge", id);
  assertCanManageListing(actor, owner);
  if (owner.status === "ARCHIVED") throw new AppError("CONFLICT", { message: "archived" });
  const parsed = ZChallengeInput.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  const classification = await resolveClassification(parsed.data);
  await db().challenge.update({ where: { id }, data: { ...parsed.data, ...classification } });
  await listingChanged("challenge", id);
  return { id };
}
