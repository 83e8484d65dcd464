import { apiRoute, queryOf } from "@/lib/server/api/handler";
import { listOrganizations } from "@/lib/server/organizations/list-organizations";

/** GET ?kind=…&q=…&page=…: public organisation profiles. */
export const GET = apiRoute(({ request }) => listOrganizations({ params: queryOf(request) }));
