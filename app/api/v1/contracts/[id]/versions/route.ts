import { apiRoute, jsonBody } from "@/lib/server/api/handler";
import { correctContract } from "@/lib/server/contracts/correct-contract";

/** POST { …all terms, reason, expectedVersion }: a correction becomes the next version; a stale version is 409. */
export const POST = apiRoute<{ id: string }>(async ({ request, actor, params }) => correctContract({ actor, id: params.id, input: await jsonBody(request) }), { status: 201 });
