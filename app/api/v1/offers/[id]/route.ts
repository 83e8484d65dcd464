import { offerFormValues } from "@/lib/listings/form-values";
import { apiRoute, jsonBody } from "@/lib/server/api/handler";
import { changeListingStatus } from "@/lib/server/listings/change-status";
import { getOffer } from "@/lib/server/offers/get-offer";
import { updateOffer } from "@/lib/server/offers/update-offer";

type P = { id: string };

/** GET: the offer as the caller may see it. PATCH: change some fields. DELETE: archive. */
export const GET = apiRoute<P>(({ actor, params }) => getOffer({ actor, id: params.id }));

export const PATCH = apiRoute<P>(async ({ request, actor, params }) => {
  const body = await jsonBody(request);
  const current = await getOffer({ actor, id: params.id });
  // Fields left out keep their value; update checks ownership before anything changes.
  await updateOffer({ actor, id: params.id, input: current.access === "owner" ? { ...offerFormValues(current), ...body } : body });
  return getOffer({ actor, id: params.id });
});

export const DELETE = apiRoute<P>(({ actor, params }) => changeListingStatus({ actor, kind: "offer", id: params.id, action: "archive" }));
