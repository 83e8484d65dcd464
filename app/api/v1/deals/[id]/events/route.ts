import { apiRoute, jsonBody } from "@/lib/server/api/handler";
import { actOnDeal } from "@/lib/server/deals/act-on-deal";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => actOnDeal({ actor, id: params.id, input: await jsonBody(request) }));
