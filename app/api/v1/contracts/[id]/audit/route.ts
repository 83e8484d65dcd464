import { apiRoute } from "@/lib/server/api/handler";
import { getContractAudit } from "@/lib/server/contracts/get-contract";

/** GET: the contract's audit entries, oldest first (parties and admins; others 404). */
export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => ({ items: await getContractAudit({ actor, id: params.id }) }));
