import { apiRoute } from "@/lib/server/api/handler";
import { getOrganization } from "@/lib/server/organizations/get-organization";

/** GET: an organisation's public profile; contact details and members only for its members. */
export const GET = apiRoute<{ id: string }>(({ actor, params }) => getOrganization({ actor, id: params.id }));
