import { apiRoute } from "@/lib/server/api/handler";
import { listDealAudit } from "@/lib/server/deals/list-deal-audit";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => listDealAudit({ actor, id: params.id }));
