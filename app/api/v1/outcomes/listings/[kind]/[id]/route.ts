import { AppError } from "@/lib/errors";
import { apiRoute } from "@/lib/server/api/handler";
import { getListingOutcomes } from "@/lib/server/outcomes/get-listing-outcomes";
import { outcomeResponse } from "@/lib/server/outcomes/outcome-response";

/** GET /api/v1/outcomes/listings/{offer|challenge}/{id}?from&to[&format=csv&table=summary]: the listing's owners. */
export const GET = apiRoute<{ kind: string; id: string }>(({ request, actor, params }) => {
  if (params.kind !== "offer" && params.kind !== "challenge") throw new AppError("NOT_FOUND");
  const kind = params.kind;
  return outcomeResponse(request, "listing", (filters) => getListingOutcomes({ actor, kind, id: params.id, filters }));
});
