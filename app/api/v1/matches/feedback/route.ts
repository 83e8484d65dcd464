import { apiRoute, jsonBody } from "@/lib/server/api/handler";
import { recordMatchFeedback } from "@/lib/server/matching/record-feedback";

/** POST { offerId, challengeId, action: SHORTLIST | DISMISS | CLEAR, reason?, note? }: an owner's verdict on a match. */
export const POST = apiRoute(async ({ request, actor }) => recordMatchFeedback({ actor, input: await jsonBody(request) }));
