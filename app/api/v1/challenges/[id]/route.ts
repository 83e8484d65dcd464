import { challengeFormValues } from "@/lib/listings/form-values";
import { apiRoute, jsonBody } from "@/lib/server/api/handler";
import { changeListingStatus } from "@/lib/server/listings/change-status";
import { getChallenge } from "@/lib/server/challenges/get-challenge";
import { updateChallenge } from "@/lib/server/challenges/update-challenge";

type P = { id: string };

/** GET: the challenge as the caller may see it. PATCH: change some fields. DELETE: archive. */
export const GET = apiRoute<P>(({ actor, params }) => getChallenge({ actor, id: params.id }));

export const PATCH = apiRoute<P>(async ({ request, actor, params }) => {
  const body = await jsonBody(request);
  const current = await getChallenge({ actor, id: params.id });
  // Fields left out keep their value; update checks ownership before anything changes.
  await updateChallenge({ actor, id: params.id, input: current.access === "owner" ? { ...challengeFormValues(current), ...body } : body });
  return getChallenge({ actor, id: params.id });
});

export const DELETE = apiRoute<P>(({ actor, params }) => changeListingStatus({ actor, kind: "challenge", id: params.id, action: "archive" }));
