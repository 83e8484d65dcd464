import { apiRoute, jsonBody } from "@/lib/server/api/handler";
import { acceptNda } from "@/lib/server/deals/accept-nda";

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => acceptNda({ actor, id: params.id, input: await jsonBody(request) }));
