import { apiRoute } from "@/lib/server/api/handler";
import { getMarketOverview } from "@/lib/server/outcomes/get-market-overview";
import { outcomeResponse } from "@/lib/server/outcomes/outcome-response";

/** GET /api/v1/outcomes/market?from&to&field&sector&province[&format=csv&table=…&locale=vi|en]: anyone. */
export const GET = apiRoute(({ request, actor }) => outcomeResponse(request, "market", (filters) => getMarketOverview({ actor, filters })));
