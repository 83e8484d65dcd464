import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ChallengeView, OfferView } from "@/lib/listings/views";
import { getChallenge } from "@/lib/server/challenges/get-challenge";
import { getOffer } from "@/lib/server/offers/get-offer";

// The edit forms' data: only for the owner, and never for an archived (read-only) listing.
function editable<T extends OfferView | ChallengeView>(view: T): T {
  if (view.access !== "owner" || view.status === "ARCHIVED") throw new AppError("NOT_FOUND");
  return view;
}

export async function getOfferForEdit({ actor, id }: { actor: Actor | null; id: string }): Promise<OfferView> {
  return editable(await getOffer({ actor, id }));
}

export async function getChallengeForEdit({ actor, id }: { actor: Actor | null; id: string }): Promise<ChallengeView> {
  return editable(await getChallenge({ actor, id }));
}
