import { toCsv } from "@/lib/csv";
import { getActor } from "@/lib/server/auth/session";
import { toErrorResponse } from "@/lib/server/errors/to-response";
import { EXPORT_LIMIT, searchChallenges, searchOffers } from "@/lib/server/listings/search-listings";
import { AppError } from "@/lib/errors";

/**
 * GET /api/v1/export/offers?q=…&sector=… (or /challenges): the search result as CSV, with
 * the same filters as the page. Search results are teasers, so the export is too.
 */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  try {
    const { kind } = await params;
    const url = new URL(request.url);
    const query = Object.fromEntries([...new Set(url.searchParams.keys())].map((k) => [k, url.searchParams.getAll(k)]));
    const actor = await getActor();
    const origin = url.origin;
    let csv: string;
    if (kind === "offers") {
      const r = await searchOffers({ actor, params: { ...query, page: "1" }, pageSize: EXPORT_LIMIT });
      csv = toCsv(
        ["id", "title", "title_translated", "organization", "province", "trl", "ip_status", "deal_types", "fields", "sectors", "state_funded", "published_at", "url"],
        r.items.map((o) => [o.id, o.title, o.titleTranslated, o.organization.name, o.province, o.trl, o.ipStatus, o.dealTypes, o.fieldCodes, o.sectorCodes, o.stateFunded, o.publishedAt, `${origin}/vi/offers/${o.id}`]),
      );
    } else if (kind === "challenges") {
      const r = await searchChallenges({ actor, params: { ...query, page: "1" }, pageSize: EXPORT_LIMIT });
      csv = toCsv(
        ["id", "title", "title_translated", "organization", "province", "min_trl", "deal_types", "fields", "sectors", "state_commissioned", "deadline", "published_at", "url"],
        r.items.map((c) => [c.id, c.title, c.titleTranslated, c.organization.name, c.province, c.minTrl, c.dealTypes, c.fieldCodes, c.sectorCodes, c.stateCommissioned, c.deadline, c.publishedAt, `${origin}/vi/challenges/${c.id}`]),
      );
    } else {
      throw new AppError("NOT_FOUND");
    }
    return new Response(csv, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="helix-${kind}-${new Date().toISOString().slice(0, 10)}.csv"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (err) {
    return toErrorResponse(err);
  }
}
