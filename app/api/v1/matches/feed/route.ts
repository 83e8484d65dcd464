import { apiRoute } from "@/lib/server/api/handler";
import { listBrokerFeed } from "@/lib/server/matching/broker-feed";

/** GET: new high-scoring pairs in the fields and regions the caller's verified intermediary serves. */
export const GET = apiRoute(({ actor }) => listBrokerFeed({ actor }));
