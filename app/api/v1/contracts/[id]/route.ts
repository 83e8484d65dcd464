import { apiRoute } from "@/lib/server/api/handler";
import { getContract } from "@/lib/server/contracts/get-contract";

/** GET: one contract with its versions, milestones and audit log (parties and admins; others 404). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getContract({ actor, id: params.id }));
