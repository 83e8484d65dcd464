import { apiRoute, jsonBody, queryOf } from "@/lib/server/api/handler";
import { expressInterest } from "@/lib/server/deals/express-interest";
import { listDeals } from "@/lib/server/deals/list-deals";
import { openDeal } from "@/lib/server/deals/open-deal";

export const GET = apiRoute(async ({ request, actor }) => listDeals({ actor, query: queryOf(request) }));

/** An expression of interest ({ listingKind, listingId, message, … }) or, for an intermediary, a deal from its introduction ({ offerId, challengeId }). */
export const POST = apiRoute(
  async ({ request, actor }) => {
    const body = await jsonBody(request);
    return "listingKind" in body || "listingId" in body ? expressInterest({ actor, input: body }) : openDeal({ actor, input: body });
  },
  { status: 201 },
);
