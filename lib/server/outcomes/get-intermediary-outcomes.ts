import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { DEAL_STAGES } from "@/lib/deals/stages";
import { AppError } from "@/lib/errors";
import { MIN_GROUP_FOR_VALUE } from "@/lib/outcomes/filters";
import type { IntermediaryOutcomes } from "@/lib/outcomes/types";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { contractWhere, dealWhere, groupAggregates, mineSql, one, parseOutcomeFilters, type GroupAggregate } from "./filter-sql";
import { days, dealFigures, rate } from "./figures";
import { isUnfiltered, readOutcomeSummary } from "./summary";

/** The deal rows shown (newest first); the counts cover all deals. */
export const INTERMEDIARY_DEAL_ROWS = 200;

/**
 * An intermediary's outcomes: the deals it brokered (Deal.intermediaryOrgId, filtered by
 * creation date and facets) by stage, the contracts it is intermediary of (filtered by
 * signing date and facets) and their value, its conversion (brokered deals that reached
 * CONTRACTED / brokered deals) and median days to answer an interest, next to the same two
 * figures over all deals on the platform with the same filters.
 * Who: members of the verified intermediary (for their own organisation) and admins (any
 * intermediary, by `organizationId`); anyone else NOT_FOUND.
 */
export async function getIntermediaryOutcomes({ actor, organizationId, filters }: { actor: Actor | null; organizationId?: string | null; filters: unknown }): Promise<IntermediaryOutcomes> {
  if (!actor) throw new AppError("UNAUTHENTICATED");
  const f = parseOutcomeFilters(filters);
  const org = await findIntermediary(actor, organizationId ?? null);
  const own = Prisma.sql`d."intermediaryOrgId" = ${org.id}`;
  const [stages, mine, platform, contracts, deals] = await Promise.all([
    db().$queryRaw<{ key: string; count: number }[]>`SELECT d."stage"::text AS key, count(*)::int AS count FROM "Deal" d WHERE ${dealWhere(f)} AND ${own} GROUP BY 1`,
    dealFigures(f, own),
    // The platform's figures without filters are the summary's (summary.ts) while it is fresh.
    (isUnfiltered(f) ? readOutcomeSummary() : Promise.resolve(null)).then((s) => s?.deals ?? dealFigures(f)),
    db().$queryRaw<GroupAggregate[]>`
      SELECT 'total' AS key, ${groupAggregates(actor, MIN_GROUP_FOR_VALUE)} FROM "TransferContract" c WHERE ${contractWhere(f)} AND c."intermediaryOrgId" = ${org.id}`,
    db().$queryRaw<{ id: string; title: string; stage: string; createdAt: Date; value: string | null }[]>`
      SELECT d."id", COALESCE(o."title", ch."title", '') AS title, d."stage"::text AS stage, d."createdAt",
        CASE WHEN ${mineSql(actor)} THEN c."valueVnd"::text END AS value
      FROM "Deal" d
      LEFT JOIN "Offer" o ON d."listingKind" = 'offer' AND o."id" = d."offerId"
      LEFT JOIN "Challenge" ch ON d."listingKind" = 'challenge' AND ch."id" = d."challengeId"
      LEFT JOIN "TransferContract" c ON c."dealId" = d."id"
      WHERE ${dealWhere(f)} AND ${own}
      ORDER BY d."createdAt" DESC, d."id" LIMIT ${INTERMEDIARY_DEAL_ROWS}`,
  ]);
  const count = new Map(stages.map((s) => [s.key, s.count]));
  return {
    filters: f,
    organization: org,
    dealsByStage: DEAL_STAGES.map((key) => ({ key, count: count.get(key) ?? 0 })),
    contracts: { contracts: one(contracts).contracts, valueVnd: one(contracts).value },
    conversion: rate(mine.contracted, mine.n),
    medianDaysToAnswer: days(mine.to_answer),
    platform: { conversion: rate(platform.contracted, platform.n), medianDaysToAnswer: days(platform.to_answer) },
    // A single deal's contract value shows only to a party of it (the intermediary is one) or an admin.
    deals: deals.map((d) => ({ id: d.id, title: d.title, stage: d.stage, createdAt: d.createdAt.toISOString(), contractValueVnd: d.value })),
  };
}

async function findIntermediary(actor: Actor, organizationId: string | null): Promise<{ id: string; name: string }> {
  const memberOf = actor.memberships.map((m) => m.organizationId);
  let where: Prisma.OrganizationWhereInput;
  if (organizationId && actor.platformRole === "ADMIN") where = { id: organizationId };
  else if (organizationId) where = memberOf.includes(organizationId) ? { id: organizationId, verificationStatus: "VERIFIED" } : { id: { in: [] } };
  else where = { id: { in: memberOf }, verificationStatus: "VERIFIED" };
  const org = await db().organization.findFirst({ where: { ...where, kind: "INTERMEDIARY" }, orderBy: { name: "asc" }, select: { id: true, name: true } });
  if (!org) throw new AppError("NOT_FOUND");
  return org;
}
