import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { OPEN_STAGES } from "@/lib/deals/stages";
import { AppError } from "@/lib/errors";
import { challengeCompleteness, offerCompleteness } from "@/lib/listings/completeness";
import type { ListingOutcomes } from "@/lib/outcomes/types";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { one, parseOutcomeFilters } from "./filter-sql";

type Kind = "offer" | "challenge";

/**
 * The owner's view of one listing: page views (ListingViewDaily), matches (current MatchPair
 * rows), interests (deals on it), NDAs accepted in those deals, deals open and contracted,
 * and the business-case fields still missing (lib/listings/completeness.ts). The period
 * filter bounds views by day, deals by creation and NDAs by acceptance; the facet filters do
 * not apply to a single listing. Who: members of the owning organisation (and, for an offer,
 * of the intermediary that listed it); anyone else NOT_FOUND.
 */
export async function getListingOutcomes({ actor, kind, id, filters }: { actor: Actor | null; kind: Kind; id: string; filters?: unknown }): Promise<ListingOutcomes> {
  if (kind !== "offer" && kind !== "challenge") throw new AppError("NOT_FOUND");
  const f = parseOutcomeFilters(filters);
  const orgs = actor?.memberships.map((m) => m.organizationId) ?? [];
  if (!orgs.length) throw new AppError("NOT_FOUND");
  const listing = kind === "offer" ? await loadOffer(id, orgs) : await loadChallenge(id, orgs);
  if (!listing) throw new AppError("NOT_FOUND");

  const within = (column: Prisma.Sql) =>
    Prisma.sql`${f.from ? Prisma.sql`AND ${column} >= ${f.from}::date` : Prisma.empty} ${f.to ? Prisma.sql`AND ${column} < ${f.to}::date + 1` : Prisma.empty}`;
  const dealOf = kind === "offer" ? Prisma.sql`d."listingKind" = 'offer' AND d."offerId" = ${id}` : Prisma.sql`d."listingKind" = 'challenge' AND d."challengeId" = ${id}`;
  const matchOf = kind === "offer" ? Prisma.sql`"offerId" = ${id}` : Prisma.sql`"challengeId" = ${id}`;
  const row = one(await db().$queryRaw<{ views: number; matches: number; interests: number; ndas: number; open: number; contracted: number }[]>`
    SELECT
      (SELECT COALESCE(sum(v."views"), 0) FROM "ListingViewDaily" v WHERE v."listingKind" = ${kind} AND v."listingId" = ${id} ${within(Prisma.sql`v."day"`)})::int AS views,
      (SELECT count(*) FROM "MatchPair" WHERE ${matchOf})::int AS matches,
      (SELECT count(*) FROM "Deal" d WHERE ${dealOf} ${within(Prisma.sql`d."createdAt"`)})::int AS interests,
      (SELECT count(*) FROM "NdaAcceptance" n JOIN "Deal" d ON d."id" = n."dealId" WHERE ${dealOf} ${within(Prisma.sql`n."acceptedAt"`)})::int AS ndas,
      (SELECT count(*) FROM "Deal" d WHERE ${dealOf} AND d."stage"::text IN (${Prisma.join([...OPEN_STAGES])}) ${within(Prisma.sql`d."createdAt"`)})::int AS open,
      (SELECT count(*) FROM "Deal" d WHERE ${dealOf} AND d."stage" = 'CONTRACTED' ${within(Prisma.sql`d."createdAt"`)})::int AS contracted`);
  return {
    listing: { kind, id, title: listing.title },
    views: row.views,
    matches: row.matches,
    interests: row.interests,
    ndas: row.ndas,
    dealsOpen: row.open,
    dealsContracted: row.contracted,
    missingFields: listing.completeness.missing,
    completeness: listing.completeness.score,
  };
}

async function loadOffer(id: string, orgs: string[]) {
  const o = await db().offer.findFirst({
    where: { id, OR: [{ organizationId: { in: orgs } }, { listedByOrganizationId: { in: orgs } }] },
    select: {
      title: true, application: true, targetCustomers: true, marketSize: true, unitCost: true, efficiencyGain: true,
      investmentNeeded: true, askingPriceVnd: true, titleTranslated: true, summaryTranslated: true,
    },
  });
  return o ? { title: o.title, completeness: offerCompleteness(o) } : null;
}

async function loadChallenge(id: string, orgs: string[]) {
  const c = await db().challenge.findFirst({
    where: { id, organizationId: { in: orgs } },
    select: {
      title: true, desiredOutcome: true, constraints: true, budgetMinVnd: true, budgetMaxVnd: true, deadline: true,
      dealTypes: true, sectorCodes: true, titleTranslated: true, problemTranslated: true,
    },
  });
  return c ? { title: c.title, completeness: challengeCompleteness(c) } : null;
}
