// The /api/v1/outcomes part of the OpenAPI document: the filters from ZOutcomeFilters, the
// table names from lib/outcomes/csv.ts.
import { OUTCOME_TABLES, type OutcomeView } from "@/lib/outcomes/csv";

const query = (name: string, description: string, schema: Record<string, unknown> = { type: "string" }) => ({ name, in: "query", required: false, description, schema });
const filters = [
  query("from", "Period start, YYYY-MM-DD (contracts by signing date, deals by creation, listings by publication)", { type: "string", format: "date" }),
  query("to", "Period end, YYYY-MM-DD, inclusive", { type: "string", format: "date" }),
  query("field", "A technology field code the listing (or the contract's listing) carries"),
  query("sector", "An application sector code"),
  query("province", "A province code: the listing's (contracts: their listing's, else the Vietnamese party's)"),
];
const csv = (view: OutcomeView) => [
  query("format", "json (default) or csv", { type: "string", enum: ["json", "csv"] }),
  query("table", "With format=csv: the table to export", { type: "string", enum: [...OUTCOME_TABLES[view]] }),
  query("locale", "With format=csv: the header language", { type: "string", enum: ["vi", "en"] }),
];
const ok = (what: string) => ({
  "200": { description: `${what}. Money as decimal strings of VND; null = hidden (a group of fewer than 3 contracts not all yours)`, content: { "application/json": {}, "text/csv": {} } },
});

/** `errors` are the shared 400/401/404/409 responses. */
export function outcomePaths(errors: Record<string, unknown>) {
  return {
    "/api/v1/outcomes/market": {
      get: { summary: "Market overview (anyone): listings by field and sector, contracts by quarter, direction and type", parameters: [...filters, ...csv("market")], responses: { ...ok("MarketOverview"), ...errors } },
    },
    "/api/v1/outcomes/state": {
      get: {
        summary: "State indicators (members of a verified government agency, admins): the overview by province and organisation kind, commercialisation rates, median days, response rates, funnel, commissioned challenges solved",
        parameters: [...filters, ...csv("state")],
        responses: { ...ok("StateIndicators"), "403": { description: "Not a member of a verified government agency" }, ...errors },
      },
    },
    "/api/v1/outcomes/intermediary": {
      get: {
        summary: "An intermediary's brokered deals, contracts, conversion and response time next to the platform's (its members; admins with organizationId)",
        parameters: [query("organizationId", "The intermediary (default: yours)"), ...filters, ...csv("intermediary")],
        responses: { ...ok("IntermediaryOutcomes"), ...errors },
      },
    },
    "/api/v1/outcomes/listings/{kind}/{id}": {
      get: {
        summary: "A listing's views, matches, interests, NDAs, deals and missing business-case fields (its owners; others 404)",
        parameters: [
          { name: "kind", in: "path", required: true, schema: { type: "string", enum: ["offer", "challenge"] } },
          { name: "id", in: "path", required: true, schema: { type: "string" } },
          filters[0],
          filters[1],
          ...csv("listing"),
        ],
        responses: { ...ok("ListingOutcomes"), ...errors },
      },
    },
  };
}
