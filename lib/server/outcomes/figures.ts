import "server-only";
import { RESPONSE_DAYS } from "@/lib/deals/stages";
import type { OutcomeFilters } from "@/lib/outcomes/filters";
import type { Rate } from "@/lib/outcomes/types";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { dealWhere, listingWhere, one } from "./filter-sql";

// The outcome figures that do not depend on who looks: listing counts, offer and deal
// figures, commissioned challenges. Each runs on `q` (the pool, or the summary refresh's
// transaction). The views mask per viewer only contract values, which are not here.

export const rate = (numerator: number, denominator: number): Rate => ({ numerator, denominator, rate: denominator ? numerator / denominator : null });
/** A median number of days as shown: one decimal. */
export const days = (v: number | null) => (v === null ? null : Math.round(Number(v) * 10) / 10);

/** What can run a raw query: the client or a transaction. */
export type Queryable = Pick<Prisma.TransactionClient, "$queryRaw">;

export type ListingCount = { key: string; offers: number; challenges: number };
export type ListingFigures = { byField: ListingCount[]; bySector: ListingCount[]; totals: { offers: number; challenges: number } };

/**
 * Published listings (filtered) per field code, per sector code (a listing with two codes
 * counts in both), and in all — in one pass over each table: the row's field codes, sector
 * codes and a single 1 are unnested side by side (set-returning functions in a select list
 * run in step, the shorter padded with NULL), then counted per grouping set. Half the time
 * of three queries reading every listing each (npm run bench:outcomes).
 */
export async function listingFigures(f: OutcomeFilters, q: Queryable = db()): Promise<ListingFigures> {
  const rows = await q.$queryRaw<{ set: number; f: string | null; s: string | null; offers: number; challenges: number; offer_rows: number; challenge_rows: number }[]>`
    SELECT GROUPING(g.f, g.s)::int AS set, g.f, g.s,
      (count(*) FILTER (WHERE g.offer))::int AS offers, (count(*) FILTER (WHERE NOT g.offer))::int AS challenges,
      (count(g.one) FILTER (WHERE g.offer))::int AS offer_rows, (count(g.one) FILTER (WHERE NOT g.offer))::int AS challenge_rows
    FROM (
      SELECT true AS offer, unnest(o."fieldCodes") AS f, unnest(o."sectorCodes") AS s, unnest(ARRAY[1]) AS one FROM "Offer" o WHERE ${listingWhere(f, "o")}
      UNION ALL
      SELECT false, unnest(ch."fieldCodes"), unnest(ch."sectorCodes"), unnest(ARRAY[1]) FROM "Challenge" ch WHERE ${listingWhere(f, "ch")}
    ) g
    GROUP BY GROUPING SETS ((g.f), (g.s), ())
    ORDER BY 1, count(*) DESC, 2, 3`;
  // GROUPING(f, s): 1 = by field, 2 = by sector, 3 = all; a NULL key is the padding.
  const by = (set: number, key: "f" | "s") =>
    rows.filter((r) => r.set === set && r[key] !== null).map((r) => ({ key: r[key]!, offers: r.offers, challenges: r.challenges }));
  const all = rows.find((r) => r.set === 3);
  return { byField: by(1, "f"), bySector: by(2, "s"), totals: { offers: all?.offer_rows ?? 0, challenges: all?.challenge_rows ?? 0 } };
}

/** The business case is complete when all these Offer columns are filled. */
const COMPLETE_CASE = Prisma.sql`(o."marketSize" <> '' AND o."unitCost" <> '' AND o."efficiencyGain" <> '' AND o."investmentNeeded" <> ''
  AND o."askingPriceVnd" IS NOT NULL AND o."application" <> '' AND o."targetCustomers" <> '')`;

export type OfferRow = {
  n: number; sold: number; patented: number; patented_sold: number; funded: number; funded_sold: number;
  complete: number; complete_sold: number; to_interest: number | null; to_contract: number | null;
};

// First interest and first contract are Offer columns kept by triggers on Deal and
// TransferContract (migration 20261201154816_offer_first_times): grouping every deal and
// contract in each query cost 60–80 ms whatever the filter (npm run bench:outcomes).
/** Published offers (filtered) and how many have a contract, by kind, with the median delays. */
export async function offerFigures(f: OutcomeFilters, q: Queryable = db()): Promise<OfferRow> {
  return one(await q.$queryRaw<OfferRow[]>`
    WITH o AS (
      SELECT o."publishedAt", o."ipStatus" = 'PATENT_GRANTED' AS patented, o."stateFunded" AS funded, COALESCE(${COMPLETE_CASE}, false) AS complete,
        o."firstInterestAt" AS first_interest, o."firstContractAt" AS first_contract
      FROM "Offer" o
      WHERE ${listingWhere(f, "o")}
    )
    SELECT count(*)::int AS n, (count(*) FILTER (WHERE first_contract IS NOT NULL))::int AS sold,
      (count(*) FILTER (WHERE patented))::int AS patented, (count(*) FILTER (WHERE patented AND first_contract IS NOT NULL))::int AS patented_sold,
      (count(*) FILTER (WHERE funded))::int AS funded, (count(*) FILTER (WHERE funded AND first_contract IS NOT NULL))::int AS funded_sold,
      (count(*) FILTER (WHERE complete))::int AS complete, (count(*) FILTER (WHERE complete AND first_contract IS NOT NULL))::int AS complete_sold,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', first_interest - "publishedAt") / 86400))::float8 AS to_interest,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', first_contract::timestamp - "publishedAt") / 86400))::float8 AS to_contract
    FROM o`);
}

// Days as date_part (double precision), not extract (numeric since PostgreSQL 14): numeric
// arithmetic on every deal made the funnel query twice as slow (npm run bench:outcomes).
/**
 * The funnel and the response figures of deals. `due` (answered, or unanswered for more than
 * RESPONSE_DAYS) depends on today: it is answered + unanswered − unanswered of the last
 * RESPONSE_DAYS, so that a summary computed earlier can keep the time-free parts.
 */
export type DealRow = { n: number; nda: number; negotiation: number; agreed: number; contracted: number; due: number; answered: number; unanswered: number; in_time: number; to_answer: number | null };
const RESPONSE_WINDOW = Prisma.sql`make_interval(days => ${RESPONSE_DAYS})`;
const RECENT = Prisma.sql`d."createdAt" >= (now() AT TIME ZONE 'UTC') - ${RESPONSE_WINDOW}`;

/** The funnel and the response figures of the deals matching the filters (and `extra`). */
export async function dealFigures(f: OutcomeFilters, extra: Prisma.Sql = Prisma.sql`TRUE`, q: Queryable = db()): Promise<DealRow> {
  return one(await q.$queryRaw<DealRow[]>`
    SELECT count(*)::int AS n, count(d."ndaAt")::int AS nda, count(d."negotiationAt")::int AS negotiation,
      count(d."agreedAt")::int AS agreed, count(d."contractedAt")::int AS contracted,
      (count(*) FILTER (WHERE d."respondedAt" IS NOT NULL OR NOT ${RECENT}))::int AS due,
      count(d."respondedAt")::int AS answered,
      (count(*) FILTER (WHERE d."respondedAt" IS NULL))::int AS unanswered,
      (count(*) FILTER (WHERE d."respondedAt" <= d."createdAt" + ${RESPONSE_WINDOW}))::int AS in_time,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', d."respondedAt" - d."createdAt") / 86400))::float8 AS to_answer
    FROM "Deal" d WHERE ${dealWhere(f)} AND ${extra}`);
}

/** Unanswered deals of the last RESPONSE_DAYS (not yet due), over all deals: an index range on createdAt. */
export async function recentUnansweredDeals(q: Queryable = db()): Promise<number> {
  return one(await q.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Deal" d WHERE d."respondedAt" IS NULL AND ${RECENT}`).n;
}

/** Published state-commissioned challenges (filtered), and those with a contract. */
export async function commissionedFigures(f: OutcomeFilters, q: Queryable = db()): Promise<{ n: number; solved: number }> {
  return one(await q.$queryRaw<{ n: number; solved: number }[]>`
    SELECT count(*)::int AS n, (count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "TransferContract" t WHERE t."challengeId" = ch."id")))::int AS solved
    FROM "Challenge" ch WHERE ch."stateCommissioned" AND ${listingWhere(f, "ch")}`);
}
