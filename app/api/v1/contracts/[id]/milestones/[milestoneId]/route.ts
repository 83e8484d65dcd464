import { apiRoute, jsonBody } from "@/lib/server/api/handler";
import { completeMilestone } from "@/lib/server/contracts/complete-milestone";

/** POST { evidence }: a party marks a pending milestone done (once; again is 409). */
export const POST = apiRoute<{ id: string; milestoneId: string }>(async ({ request, actor, params }) =>
  completeMilestone({ actor, contractId: params.id, milestoneId: params.milestoneId, input: await jsonBody(request) }),
);
