import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { MIN_GROUP_FOR_VALUE, type OutcomeFilters } from "@/lib/outcomes/filters";
import { contractGroupRows, suppressComplements, type Group } from "@/lib/outcomes/privacy";
import type { Direction, MarketOverview } from "@/lib/outcomes/types";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { contractWhere, groupAggregates, one, parseOutcomeFilters, type GroupAggregate } from "./filter-sql";
import { listingFigures } from "./figures";
import { isUnfiltered, readOutcomeSummary, type OutcomeSummaryData } from "./summary";

const DIRECTIONS: Direction[] = ["DOMESTIC", "INBOUND", "OUTBOUND"];

/**
 * The public market overview (anyone, signed out too). Definitions:
 * - listings: offers and challenges that were published (PUBLISHED or CLOSED), counted per
 *   field and sector code they carry (a listing with two fields counts in both);
 * - contracts: TransferContract rows by signing date; a quarter key is "2026-Q3";
 * - money: sums of valueVnd, hidden (null) per group as lib/outcomes/privacy.ts describes.
 * Every figure is aggregated in SQL; without filters the listing counts come from the
 * summary (summary.ts) while it is fresh, computed by the same query.
 */
export async function getMarketOverview({ actor, filters }: { actor: Actor | null; filters: unknown }): Promise<MarketOverview> {
  const f = parseOutcomeFilters(filters);
  return computeMarketOverview(actor, f, { summary: isUnfiltered(f) ? readOutcomeSummary() : Promise.resolve(null) });
}

/**
 * `total`: a caller that needs the same contract total itself (the State view) passes it;
 * `summary`: the precomputed unfiltered figures (summary.ts) when they are fresh, used for
 * the listing counts instead of counting every listing again.
 */
export async function computeMarketOverview(
  actor: Actor | null,
  f: OutcomeFilters,
  { total: totalQuery = contractTotal(actor, f), summary }: { total?: Promise<Group>; summary: Promise<OutcomeSummaryData | null> },
): Promise<MarketOverview> {
  const [listings, total, quarters, directions, types] = await Promise.all([
    summary.then((s) => s?.listings ?? listingFigures(f)),
    totalQuery,
    contractGroups(actor, f, Prisma.sql`to_char(c."signedAt", 'YYYY-"Q"Q')`),
    contractGroups(actor, f, Prisma.sql`c."direction"::text`),
    contractGroups(actor, f, Prisma.sql`c."type"::text`),
  ]);
  const directionGroups = DIRECTIONS.map((key) => directions.find((g) => g.key === key) ?? { key, contracts: 0, notMine: 0, value: "0" });
  return {
    filters: f,
    listingsByField: listings.byField,
    listingsBySector: listings.bySector,
    contractsByQuarter: suppressComplements(fillQuarters(quarters), total.value !== null).map(({ key, contracts, value }) => ({ key, contracts, valueVnd: value })),
    totals: { publishedOffers: listings.totals.offers, publishedChallenges: listings.totals.challenges, contracts: total.contracts, valueVnd: total.value },
    byDirection: contractGroupRows(directionGroups, total),
    byType: contractGroupRows(types.sort((a, b) => b.contracts - a.contracts || a.key.localeCompare(b.key)), total),
  };
}

/** All contracts matching the filters, as one group. */
export async function contractTotal(actor: Actor | null, f: OutcomeFilters): Promise<Group> {
  const row = one(await db().$queryRaw<GroupAggregate[]>`
    SELECT 'total' AS key, ${groupAggregates(actor, MIN_GROUP_FOR_VALUE)} FROM "TransferContract" c WHERE ${contractWhere(f)}`);
  return { key: "total", contracts: row.contracts, notMine: row.not_mine, value: row.value };
}

/** Contracts matching the filters grouped by a key expression over `c`. */
export async function contractGroups(actor: Actor | null, f: OutcomeFilters, key: Prisma.Sql): Promise<Group[]> {
  const rows = await db().$queryRaw<GroupAggregate[]>`
    SELECT ${key} AS key, ${groupAggregates(actor, MIN_GROUP_FOR_VALUE)} FROM "TransferContract" c WHERE ${contractWhere(f)} GROUP BY 1 ORDER BY 1`;
  return rows.map((r) => ({ key: r.key, contracts: r.contracts, notMine: r.not_mine, value: r.value }));
}

/** Quarters from the first to the last with contracts, the empty ones included. */
function fillQuarters(groups: Group[]): Group[] {
  if (!groups.length) return [];
  const index = (key: string) => Number(key.slice(0, 4)) * 4 + Number(key.slice(6)) - 1;
  const byKey = new Map(groups.map((g) => [g.key, g]));
  const out: Group[] = [];
  for (let i = index(groups[0]!.key); i <= index(groups[groups.length - 1]!.key); i++) {
    const key = `${Math.floor(i / 4)}-Q${(i % 4) + 1}`;
    out.push(byKey.get(key) ?? { key, contracts: 0, notMine: 0, value: "0" });
  }
  return out;
}
