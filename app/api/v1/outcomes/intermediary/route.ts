import { apiRoute } from "@/lib/server/api/handler";
import { getIntermediaryOutcomes } from "@/lib/server/outcomes/get-intermediary-outcomes";
import { outcomeResponse } from "@/lib/server/outcomes/outcome-response";

/** GET /api/v1/outcomes/intermediary?organizationId&from&to&…[&format=csv&table=…]: the intermediary's members (own), admins (any). */
export const GET = apiRoute(({ request, actor }) =>
  outcomeResponse(request, "intermediary", (filters) =>
    getIntermediaryOutcomes({ actor, organizationId: typeof filters.organizationId === "string" ? filters.organizationId : null, filters }),
  ),
);
