import { apiRoute } from "@/lib/server/api/handler";
import { getDeal } from "@/lib/server/deals/get-deal";

export const GET = apiRoute<{ id: string }>(async ({ actor, params }) => getDeal({ actor, id: params.id }));
