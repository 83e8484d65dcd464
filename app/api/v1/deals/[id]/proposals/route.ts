import { apiRoute, jsonBody } from "@/lib/server/api/handler";
import { listDealProposals } from "@/lib/server/deals/deal-thread";
import { proposeTerms } from "@/lib/server/deals/propose-terms";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => listDealProposals({ actor, id: params.id }));

export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => proposeTerms({ actor, id: params.id, input: await jsonBody(request) }), { status: 201 });
