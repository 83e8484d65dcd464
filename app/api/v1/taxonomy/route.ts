import { apiRoute } from "@/lib/server/api/handler";
import { listTaxonomy } from "@/lib/server/taxonomy/list-taxonomy";

/** GET: technology fields and application sectors, with Vietnamese and English names. */
export const GET = apiRoute(() => listTaxonomy());
