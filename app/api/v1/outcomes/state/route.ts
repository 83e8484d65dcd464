import { apiRoute } from "@/lib/server/api/handler";
import { getStateIndicators } from "@/lib/server/outcomes/get-state-indicators";
import { outcomeResponse } from "@/lib/server/outcomes/outcome-response";

/** GET /api/v1/outcomes/state?from&to&field&sector&province[&format=csv&table=…]: members of a verified government agency, admins. */
export const GET = apiRoute(({ request, actor }) => outcomeResponse(request, "state", (filters) => getStateIndicators({ actor, filters })));
