import { apiRoute, jsonBody } from "@/lib/server/api/handler";
import { introduceMatch } from "@/lib/server/matching/introduce-match";

/** POST { offerId, challengeId, message? }: a verified intermediary introduces both owners (both are notified). */
export const POST = apiRoute(async ({ request, actor }) => introduceMatch({ actor, input: await jsonBody(request) }), { status: 201 });
