import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { ZOutcomeFilters, type OutcomeFilters } from "@/lib/outcomes/filters";
import { fieldErrors } from "@/lib/validation";
import { Prisma } from "@/lib/server/db/generated/client";

/** The filters from a page's or route's query, or VALIDATION with field keys. */
export function parseOutcomeFilters(input: unknown): OutcomeFilters {
  const parsed = ZOutcomeFilters.safeParse(input ?? {});
  if (!parsed.success) throw new AppError("VALIDATION", { fields: fieldErrors(parsed.error) });
  return parsed.data;
}

const col = (alias: string, name: string) => Prisma.raw(`${alias}."${name}"`);
const and = (parts: Prisma.Sql[]) => (parts.length ? Prisma.sql`${Prisma.join(parts, " AND ")}` : Prisma.sql`TRUE`);

/** The facet conditions every kind of row shares: a field or sector code it carries, its province. */
function facets(f: OutcomeFilters, alias: string): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (f.field) parts.push(Prisma.sql`${col(alias, "fieldCodes")} @> ARRAY[${f.field}]::text[]`);
  if (f.sector) parts.push(Prisma.sql`${col(alias, "sectorCodes")} @> ARRAY[${f.sector}]::text[]`);
  if (f.province) parts.push(Prisma.sql`${col(alias, "province")} = ${f.province}`);
  return parts;
}

/** A timestamp column within the inclusive period (dates in UTC). */
function period(f: OutcomeFilters, column: Prisma.Sql): Prisma.Sql[] {
  const parts: Prisma.Sql[] = [];
  if (f.from) parts.push(Prisma.sql`${column} >= ${f.from}::date`);
  if (f.to) parts.push(Prisma.sql`${column} < ${f.to}::date + 1`);
  return parts;
}

/** Contracts: signed in the period, with the copied facets. */
export const contractWhere = (f: OutcomeFilters, alias = "c") => and([...period(f, col(alias, "signedAt")), ...facets(f, alias)]);
/** Deals: created in the period, with the copied facets of their listing. */
export const dealWhere = (f: OutcomeFilters, alias = "d") => and([...period(f, col(alias, "createdAt")), ...facets(f, alias)]);
/** Published listings (PUBLISHED or CLOSED: they were on the market), published in the period, with the facets. */
export const listingWhere = (f: OutcomeFilters, alias: string) =>
  and([Prisma.sql`${col(alias, "status")} IN ('PUBLISHED', 'CLOSED')`, Prisma.sql`${col(alias, "publishedAt")} IS NOT NULL`, ...period(f, col(alias, "publishedAt")), ...facets(f, alias)]);

/**
 * Whether a contract row (alias) is the viewer's own: one of the viewer's organisations is its
 * supplier, recipient or intermediary. Platform admins read every contract, so all are theirs.
 */
export function mineSql(actor: Actor | null, alias = "c"): Prisma.Sql {
  if (actor?.platformRole === "ADMIN") return Prisma.sql`TRUE`;
  const orgs = actor?.memberships.map((m) => m.organizationId) ?? [];
  if (!orgs.length) return Prisma.sql`FALSE`;
  const list = Prisma.join(orgs);
  // COALESCE: a party column that is NULL (off the platform) makes IN yield NULL, which NOT would keep NULL.
  return Prisma.sql`COALESCE(${col(alias, "supplierOrgId")} IN (${list}) OR ${col(alias, "recipientOrgId")} IN (${list}) OR ${col(alias, "intermediaryOrgId")} IN (${list}), FALSE)`;
}

/**
 * The aggregate columns of a contract group: `contracts`, `not_mine` and `value` (text),
 * where `value` is NULL unless the group may show it (MIN_GROUP_FOR_VALUE contracts, or none
 * that is not the viewer's). The value is withheld in SQL, so it never reaches the app.
 */
export function groupAggregates(actor: Actor | null, min: number, alias = "c"): Prisma.Sql {
  const mine = mineSql(actor, alias);
  return Prisma.sql`count(*)::int AS contracts,
    (count(*) FILTER (WHERE NOT ${mine}))::int AS not_mine,
    CASE WHEN count(*) >= ${min} OR count(*) FILTER (WHERE NOT ${mine}) = 0 THEN COALESCE(sum(${col(alias, "valueVnd")}), 0)::text END AS value`;
}

export type GroupAggregate = { key: string; contracts: number; not_mine: number; value: string | null };

/** The single row of an aggregate query without GROUP BY (SQL always returns one). */
export function one<T>(rows: T[]): T {
  const [row] = rows;
  if (!row) throw new Error("an aggregate query returned no row");
  return row;
}
