import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { MIN_GROUP_FOR_VALUE, type OutcomeFilters } from "@/lib/outcomes/filters";
import { contractGroupRows, suppressComplements, type Group } from "@/lib/outcomes/privacy";
import type { Direction, MarketOverview } from "@/lib/outcomes/types";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { contractWhere, groupAggregates, listingWhere, one, parseOutcomeFilters, type GroupAggregate } from "./filter-sql";

const DIRECTIONS: Direction[] = ["DOMESTIC", "INBOUND", "OUTBOUND"];

/**
 * The public market overview (anyone, signed out too). Definitions:
 * - listings: offers and challenges that were published (PUBLISHED or CLOSED), counted per
 *   field and sector code they carry (a listing with two fields counts in both);
 * - contracts: TransferContract rows by signing date; a quarter key is "2026-Q3";
 * - money: sums of valueVnd, hidden (null) per group as lib/outcomes/privacy.ts describes.
 * Every figure is aggregated in SQL.
 */
export async function getMarketOverview({ actor, filters }: { actor: Actor | null; filters: unknown }): Promise<MarketOverview> {
  const f = parseOutcomeFilters(filters);
  return computeMarketOverview(actor, f);
}

/** `total` may be given by a caller that needs the same total itself (the State view). */
export async function computeMarketOverview(actor: Actor | null, f: OutcomeFilters, totalQuery: Promise<Group> = contractTotal(actor, f)): Promise<MarketOverview> {
  const [byField, bySector, listingTotals, total, quarters, directions, types] = await Promise.all([
    listingsBy(f, "fieldCodes"),
    listingsBy(f, "sectorCodes"),
    db().$queryRaw<{ offers: number; challenges: number }[]>`
      SELECT (SELECT count(*) FROM "Offer" o WHERE ${listingWhere(f, "o")})::int AS offers,
             (SELECT count(*) FROM "Challenge" ch WHERE ${listingWhere(f, "ch")})::int AS challenges`,
    totalQuery,
    contractGroups(actor, f, Prisma.sql`to_char(c."signedAt", 'YYYY-"Q"Q')`),
    contractGroups(actor, f, Prisma.sql`c."direction"::text`),
    contractGroups(actor, f, Prisma.sql`c."type"::text`),
  ]);
  const directionGroups = DIRECTIONS.map((key) => directions.find((g) => g.key === key) ?? { key, contracts: 0, notMine: 0, value: "0" });
  return {
    filters: f,
    listingsByField: byField,
    listingsBySector: bySector,
    contractsByQuarter: suppressComplements(fillQuarters(quarters), total.value !== null).map(({ key, contracts, value }) => ({ key, contracts, valueVnd: value })),
    totals: { publishedOffers: one(listingTotals).offers, publishedChallenges: one(listingTotals).challenges, contracts: total.contracts, valueVnd: total.value },
    byDirection: contractGroupRows(directionGroups, total),
    byType: contractGroupRows(types.sort((a, b) => b.contracts - a.contracts || a.key.localeCompare(b.key)), total),
  };
}

async function listingsBy(f: OutcomeFilters, column: "fieldCodes" | "sectorCodes") {
  const c = Prisma.raw(`"${column}"`);
  return db().$queryRaw<{ key: string; offers: number; challenges: number }[]>`
    SELECT key, sum(offers)::int AS offers, sum(challenges)::int AS challenges FROM (
      SELECT unnest(o.${c}) AS key, 1 AS offers, 0 AS challenges FROM "Offer" o WHERE ${listingWhere(f, "o")}
      UNION ALL
      SELECT unnest(ch.${c}), 0, 1 FROM "Challenge" ch WHERE ${listingWhere(f, "ch")}
    ) t GROUP BY key ORDER BY sum(offers) + sum(challenges) DESC, key`;
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
