import { apiRoute, queryOf } from "@/lib/server/api/handler";
import { getMatchesForApi } from "@/lib/server/matching/matches-response";

/** GET ?top=10&lang=vi|en: the best matching challenges with reasons (owners, admins, verified intermediaries). */
export const GET = apiRoute<{ id: string }>(({ request, actor, params }) => getMatchesForApi({ actor, kind: "offer", id: params.id, query: queryOf(request) }));
