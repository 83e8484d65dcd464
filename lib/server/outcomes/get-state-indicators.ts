import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { contractGroupRows } from "@/lib/outcomes/privacy";
import type { StateIndicators } from "@/lib/outcomes/types";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { parseOutcomeFilters } from "./filter-sql";
import { commissionedFigures, days, dealFigures, offerFigures, rate } from "./figures";
import { computeMarketOverview, contractGroups, contractTotal } from "./get-market-overview";
import { dealsFromSummary, isUnfiltered, readOutcomeSummary } from "./summary";

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
 * Without filters the figures that do not depend on the viewer (all but contract groups)
 * come from the summary (summary.ts) while it is fresh, computed by the same queries.
 * Who: members of a verified GOVERNMENT_AGENCY organisation, and platform admins.
 */
export async function getStateIndicators({ actor, filters }: { actor: Actor | null; filters: unknown }): Promise<StateIndicators> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const f = parseOutcomeFilters(filters);
  await assertCanSeeStateIndicators({ actor });
  const summary = isUnfiltered(f) ? readOutcomeSummary() : Promise.resolve(null);
  // One total for the overview and the State groups (it was queried twice).
  const total = contractTotal(actor, f);
  const [market, totals, provinces, kinds, offers, deals, commissioned] = await Promise.all([
    computeMarketOverview(actor, f, { total, summary }),
    total,
    contractGroups(actor, f, Prisma.sql`c."province"`),
    contractGroups(actor, f, Prisma.sql`COALESCE(c."supplierKind", CASE WHEN upper(c."supplierCountry") = 'VN' THEN 'OFF_PLATFORM' ELSE 'FOREIGN' END)`),
    summary.then((s) => s?.offers ?? offerFigures(f)),
    summary.then((s) => (s ? dealsFromSummary(s.deals) : dealFigures(f))),
    summary.then((s) => s?.commissioned ?? commissionedFigures(f)),
  ]);
  const bySize = (rows: typeof provinces) => rows.sort((a, b) => b.contracts - a.contracts || a.key.localeCompare(b.key));
  return {
    ...market,
    byProvince: contractGroupRows(bySize(provinces), totals),
    byOrganizationKind: contractGroupRows(bySize(kinds), totals),
    commercialisation: { all: rate(offers.sold, offers.n), patented: rate(offers.patented_sold, offers.patented), stateFunded: rate(offers.funded_sold, offers.funded) },
    medianDays: { publicationToFirstInterest: days(offers.to_interest), publicationToFirstContract: days(offers.to_contract) },
    responses: { answered: rate(deals.answered, deals.due), answeredInTime: rate(deals.in_time, deals.due), medianDaysToAnswer: days(deals.to_answer) },
    funnel: { interest: deals.n, nda: deals.nda, negotiation: deals.negotiation, agreed: deals.agreed, contracted: deals.contracted },
    commissionedChallenges: rate(commissioned.solved, commissioned.n),
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
