import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { RESPONSE_DAYS } from "@/lib/deals/stages";
import { AppError } from "@/lib/errors";
import type { OutcomeFilters } from "@/lib/outcomes/filters";
import { contractGroupRows } from "@/lib/outcomes/privacy";
import type { Rate, StateIndicators } from "@/lib/outcomes/types";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { dealWhere, listingWhere, one, parseOutcomeFilters } from "./filter-sql";
import { computeMarketOverview, contractGroups, contractTotal } from "./get-market-overview";

export const rate = (numerator: number, denominator: number): Rate => ({ numerator, denominator, rate: denominator ? numerator / denominator : null });
const days = (v: number | null) => (v === null ? null : Math.round(Number(v) * 10) / 10);

/** The business case is complete when all these Offer columns are filled. */
const COMPLETE_CASE = Prisma.sql`(o."marketSize" <> '' AND o."unitCost" <> '' AND o."efficiencyGain" <> '' AND o."investmentNeeded" <> ''
  AND o."askingPriceVnd" IS NOT NULL AND o."application" <> '' AND o."targetCustomers" <> '')`;

/**
 * The State agency and admin view: the market overview plus, with the same filters:
 * - byProvince: contracts by their copied province; byOrganizationKind: by the supplier
 *   organisation's kind, "FOREIGN" for a supplier off the platform abroad, "OFF_PLATFORM"
 *   for one off the platform in Viet Nam;
 * - commercialisation: of published offers (PUBLISHED or CLOSED, filtered by publication
 *   date and facets), the share with at least one contract (TransferContract.offerId, signed
 *   at any time); patented = ipStatus PATENT_GRANTED; state-funded = Offer.stateFunded;
 * - medianDays: over those offers, the median (percentile_cont 0.5) of days from publication
 *   to the first deal on the offer, and to the first contract's signing date;
 * - responses: of deals (filtered by creation and facets) created more than RESPONSE_DAYS
 *   ago or already answered (respondedAt set), the share answered, the share answered within
 *   RESPONSE_DAYS, and the median days to answer;
 * - funnel: those deals, and how many reached NDA / negotiation / agreed / contracted
 *   (ndaAt / negotiationAt / agreedAt / contractedAt set);
 * - commissionedChallenges: published state-commissioned challenges with a contract
 *   (TransferContract.challengeId) / published state-commissioned challenges;
 * - conversionByCompleteness: the commercialisation rate of offers whose business case is
 *   complete (market size, unit cost, efficiency gain, investment needed, asking price,
 *   application, target customers) and of the others.
 * Who: members of a verified GOVERNMENT_AGENCY organisation, and platform admins.
 */
export async function getStateIndicators({ actor, filters }: { actor: Actor | null; filters: unknown }): Promise<StateIndicators> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const f = parseOutcomeFilters(filters);
  await assertCanSeeStateIndicators({ actor });
  // One total for the overview and the State groups (it was queried twice).
  const totalQuery = contractTotal(actor, f);
  const [market, total, provinces, kinds, offers, deals, commissioned] = await Promise.all([
    computeMarketOverview(actor, f, totalQuery),
    totalQuery,
    contractGroups(actor, f, Prisma.sql`c."province"`),
    contractGroups(actor, f, Prisma.sql`COALESCE(c."supplierKind", CASE WHEN upper(c."supplierCountry") = 'VN' THEN 'OFF_PLATFORM' ELSE 'FOREIGN' END)`),
    offerFigures(f),
    dealFigures(f),
    db().$queryRaw<{ n: number; solved: number }[]>`
      SELECT count(*)::int AS n, (count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "TransferContract" t WHERE t."challengeId" = ch."id")))::int AS solved
      FROM "Challenge" ch WHERE ch."stateCommissioned" AND ${listingWhere(f, "ch")}`,
  ]);
  const bySize = (rows: typeof provinces) => rows.sort((a, b) => b.contracts - a.contracts || a.key.localeCompare(b.key));
  return {
    ...market,
    byProvince: contractGroupRows(bySize(provinces), total),
    byOrganizationKind: contractGroupRows(bySize(kinds), total),
    commercialisation: { all: rate(offers.sold, offers.n), patented: rate(offers.patented_sold, offers.patented), stateFunded: rate(offers.funded_sold, offers.funded) },
    medianDays: { publicationToFirstInterest: days(offers.to_interest), publicationToFirstContract: days(offers.to_contract) },
    responses: { answered: rate(deals.answered, deals.due), answeredInTime: rate(deals.in_time, deals.due), medianDaysToAnswer: days(deals.to_answer) },
    funnel: { interest: deals.n, nda: deals.nda, negotiation: deals.negotiation, agreed: deals.agreed, contracted: deals.contracted },
    commissionedChallenges: rate(one(commissioned).solved, one(commissioned).n),
    conversionByCompleteness: { complete: rate(offers.complete_sold, offers.complete), incomplete: rate(offers.sold - offers.complete_sold, offers.n - offers.complete) },
  };
}

/** Who may see the State view: members of a verified government agency, and admins (FORBIDDEN otherwise). */
export async function assertCanSeeStateIndicators({ actor }: { actor: Actor | null }): Promise<void> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  if (actor.platformRole === "ADMIN") return;
  const agency = await db().organization.count({
    where: { id: { in: actor.memberships.map((m) => m.organizationId) }, kind: "GOVERNMENT_AGENCY", verificationStatus: "VERIFIED" },
  });
  if (!agency) throw new AppError("FORBIDDEN");
}

type OfferRow = {
  n: number; sold: number; patented: number; patented_sold: number; funded: number; funded_sold: number;
  complete: number; complete_sold: number; to_interest: number | null; to_contract: number | null;
};

// First interest and first contract are joined as grouped sets, not a subquery per offer:
// the planner inlines the CTE and ran the first_contract subquery once per aggregate naming
// it (5 per offer), and the estimated cost of those subqueries over all offers set off JIT
// compilation (1.6 s of 2.7 s at 50,000 offers, npm run bench:outcomes, docs/BENCHMARKS.md).
async function offerFigures(f: OutcomeFilters): Promise<OfferRow> {
  return one(await db().$queryRaw<OfferRow[]>`
    WITH o AS (
      SELECT o."publishedAt", o."ipStatus" = 'PATENT_GRANTED' AS patented, o."stateFunded" AS funded, COALESCE(${COMPLETE_CASE}, false) AS complete,
        fi.first_interest, fc.first_contract
      FROM "Offer" o
      LEFT JOIN (SELECT d."offerId", min(d."createdAt") AS first_interest FROM "Deal" d WHERE d."listingKind" = 'offer' AND d."offerId" IS NOT NULL GROUP BY 1) fi ON fi."offerId" = o."id"
      LEFT JOIN (SELECT t."offerId", min(t."signedAt") AS first_contract FROM "TransferContract" t WHERE t."offerId" IS NOT NULL GROUP BY 1) fc ON fc."offerId" = o."id"
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
type DealRow = { n: number; nda: number; negotiation: number; agreed: number; contracted: number; due: number; answered: number; in_time: number; to_answer: number | null };

/** The funnel and the response figures of the deals matching the filters. */
export async function dealFigures(f: OutcomeFilters, extra: Prisma.Sql = Prisma.sql`TRUE`): Promise<DealRow> {
  const window = Prisma.sql`make_interval(days => ${RESPONSE_DAYS})`;
  return one(await db().$queryRaw<DealRow[]>`
    SELECT count(*)::int AS n, count(d."ndaAt")::int AS nda, count(d."negotiationAt")::int AS negotiation,
      count(d."agreedAt")::int AS agreed, count(d."contractedAt")::int AS contracted,
      (count(*) FILTER (WHERE d."respondedAt" IS NOT NULL OR d."createdAt" < (now() AT TIME ZONE 'UTC') - ${window}))::int AS due,
      count(d."respondedAt")::int AS answered,
      (count(*) FILTER (WHERE d."respondedAt" <= d."createdAt" + ${window}))::int AS in_time,
      (percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', d."respondedAt" - d."createdAt") / 86400))::float8 AS to_answer
    FROM "Deal" d WHERE ${dealWhere(f)} AND ${extra}`);
}
