import { apiRoute, jsonBody, queryOf } from "@/lib/server/api/handler";
import { searchOffers } from "@/lib/server/listings/search-listings";
import { createOffer } from "@/lib/server/offers/create-offer";

/** GET: search published offers (same filters as the page). POST: create a draft. */
export const GET = apiRoute(async ({ request, actor }) => {
  // total is exact up to 2,000; capped: true means there are more.
  const { items, total, capped, page, pageSize } = await searchOffers({ actor, params: queryOf(request) });
  return { items, total, capped, page, pageSize };
});

export const POST = apiRoute(
  async ({ request, actor }) => {
    const body = await jsonBody(request);
    return createOffer({ actor, input: body, organizationId: typeof body.organizationId === "string" ? body.organizationId : undefined });
  },
  { status: 201 },
);
