import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { PAGE_SIZE, ZListingSearch, type ListingSearch } from "@/lib/listings/schemas";
import { toChallengeView, toOfferView, type ChallengeView, type OfferView } from "@/lib/listings/views";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { CHALLENGE_SELECT } from "@/lib/server/challenges/challenge-select";
import { OFFER_SELECT } from "@/lib/server/offers/offer-select";
import type { ListingKind } from "./shared";

/** `total` is exact up to COUNT_CAP; `capped` says there are more. */
export type SearchResult<T> = { items: T[]; total: number; capped: boolean; page: number; pageSize: number; query: ListingSearch };


/**
 * Finds published, unexpired listings. Text search is diacritics-insensitive over the
 * teaser fields only (title, summary, translations…), so a hit never reveals gated text;
 * results are teasers whoever searches. Filters are ANDed; values within a filter are ORed.
 */
/** Counting stops here: past it the page says "more than 2,000". */
export const COUNT_CAP = 2000;
/** A broad query also ranks its matches among this many newest live listings. */
const RECENT_WINDOW = 3000;
const POOL = 500;

async function searchIds(kind: ListingKind, q: ListingSearch, pageSize = PAGE_SIZE): Promise<{ ids: string[]; total: number; capped: boolean }> {
  const table = kind === "offer" ? Prisma.raw(`"Offer"`) : Prisma.raw(`"Challenge"`);
  const trlColumn = kind === "offer" ? Prisma.raw(`l."trl"`) : Prisma.raw(`l."minTrl"`);
  const tsquery = q.q ? Prisma.sql`websearch_to_tsquery('simple', helix_unaccent(${q.q}))` : null;
  const where: Prisma.Sql[] = [Prisma.sql`l."status" IN ('PUBLISHED', 'CLOSED')`, Prisma.sql`(l."expiresAt" IS NULL OR l."expiresAt" > now())`];
  if (tsquery) where.push(Prisma.sql`l."search" @@ ${tsquery}`);
  if (q.field.length) where.push(Prisma.sql`l."fieldCodes" && ${q.field}::text[]`);
  if (q.sector.length) where.push(Prisma.sql`l."sectorCodes" && ${q.sector}::text[]`);
  if (q.deal.length) where.push(Prisma.sql`l."dealTypes" && ${q.deal}::"DealType"[]`);
  if (q.province.length) where.push(Prisma.sql`l."province" = ANY(${q.province}::text[])`);
  // Joined only when filtered on: the join costs time on every broad search.
  if (q.orgKind.length) where.push(Prisma.sql`l."organizationId" IN (SELECT o."id" FROM "Organization" o WHERE o."kind" = ANY(${q.orgKind}::"OrganizationKind"[]))`);
  if (q.trlMin) where.push(Prisma.sql`${trlColumn} >= ${q.trlMin}`);
  if (q.trlMax) where.push(Prisma.sql`${trlColumn} <= ${q.trlMax}`);
  if (kind === "offer" && q.ip.length) where.push(Prisma.sql`l."ipStatus" = ANY(${q.ip}::"IpStatus"[])`);
  if (q.state) where.push(kind === "offer" ? Prisma.sql`l."stateFunded"` : Prisma.sql`l."stateCommissioned"`);
  const filter = Prisma.join(where, " AND ");

  const offset = (q.page - 1) * pageSize;
  const sort = q.sort ?? (tsquery ? "relevance" : "newest");

  if (sort === "relevance" && tsquery) {
    // One statement, so the full-text index is read once for the count and the candidates:
    //  m      the first COUNT_CAP + 1 matches (the scan stops there): gives the count, and is
    //         the whole candidate set when the query is narrow;
    //  r      for a broad query only (a one-time filter skips it otherwise), up to POOL
    //         matches among the RECENT_WINDOW newest listings (read newest-first through
    //         their index, not the full-text index again), so new listings are always ranked;
    //  pool   what gets ranked: all of m, or r plus POOL of m. Ranking reads each
    //         candidate's text vector, so bounding the pool bounds the cost at any size.
    const rows = await db().$queryRaw<{ id: string; total: bigint }[]>`
      WITH m AS MATERIALIZED (SELECT l."id", l."search", l."publishedAt" FROM ${table} l WHERE ${filter} LIMIT ${COUNT_CAP + 1}),
           n AS (SELECT count(*) AS n FROM m),
           r AS MATERIALIZED (
             SELECT l."id", l."search", l."publishedAt" FROM (
               SELECT l.* FROM ${table} l
               WHERE l."status" IN ('PUBLISHED', 'CLOSED') AND (SELECT n FROM n) > ${COUNT_CAP}
               ORDER BY l."publishedAt" DESC NULLS LAST LIMIT ${RECENT_WINDOW}) l
             WHERE ${filter}
             LIMIT ${POOL}),
           pool AS (
             SELECT * FROM m WHERE (SELECT n FROM n) <= ${COUNT_CAP}
             UNION
             SELECT * FROM r
             UNION
             (SELECT * FROM m WHERE (SELECT n FROM n) > ${COUNT_CAP} LIMIT ${POOL}))
      SELECT p."id", (SELECT n FROM n) AS total FROM pool p
      ORDER BY ts_rank(p."search", ${tsquery}) DESC, p."publishedAt" DESC NULLS LAST, p."id"
      LIMIT ${pageSize} OFFSET ${offset}`;
    const total = rows.length ? Number(rows[0]!.total) : offset === 0 ? 0 : await countCapped(table, filter);
    return { ids: rows.map((r) => r.id), total, capped: total > COUNT_CAP };
  }
  const total = await countCapped(table, filter);
  let rows: { id: string }[];
  {
    const order =
      sort === "deadline" && kind === "challenge" ? Prisma.sql`l."deadline" ASC NULLS LAST, l."publishedAt" DESC` : Prisma.sql`l."publishedAt" DESC NULLS LAST`;
    rows = await db().$queryRaw`SELECT l."id" FROM ${table} l WHERE ${filter} ORDER BY ${order}, l."id" LIMIT ${pageSize} OFFSET ${offset}`;
  }
  return { ids: rows.map((r) => r.id), total, capped: total > COUNT_CAP };
}

/** How many match, up to COUNT_CAP + 1: cheap, because the scan stops there. */
async function countCapped(table: Prisma.Sql, filter: Prisma.Sql): Promise<number> {
  const counted = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (SELECT 1 FROM ${table} l WHERE ${filter} LIMIT ${COUNT_CAP + 1}) x`;
  return Number(counted[0]?.n ?? 0);
}

function ordered<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => Boolean(r));
}

const NO_OFFER_DETAILS = {
  marketSize: false,
  unitCost: false,
  efficiencyGain: false,
  investmentNeeded: false,
  askingPriceVnd: false,
  patentNumbers: false,
  confidentialDetails: false,
  externalRef: false,
  accessGrants: false,
} as const;
const EMPTY_OFFER_DETAILS = {
  marketSize: null,
  unitCost: null,
  efficiencyGain: null,
  investmentNeeded: null,
  askingPriceVnd: null,
  patentNumbers: [],
  confidentialDetails: null,
  externalRef: null,
};
const NO_CHALLENGE_DETAILS = { constraints: false, budgetMinVnd: false, budgetMaxVnd: false, confidentialDetails: false, externalRef: false, accessGrants: false } as const;
const EMPTY_CHALLENGE_DETAILS = { constraints: null, budgetMinVnd: null, budgetMaxVnd: null, confidentialDetails: null, externalRef: null };

/** Export takes up to this many rows of a search at once. */
export const EXPORT_LIMIT = 5000;

type SearchOptions = { actor: Actor | null; params: unknown; pageSize?: number };

export async function searchOffers({ params, pageSize = PAGE_SIZE }: SearchOptions): Promise<SearchResult<OfferView>> {
  const query = ZListingSearch.parse(params ?? {});
  const { ids, total, capped } = await searchIds("offer", query, Math.min(pageSize, EXPORT_LIMIT));
  // Results are teasers: the gated columns are not even read.
  const rows = ids.length ? await db().offer.findMany({ where: { id: { in: ids } }, select: { ...OFFER_SELECT, ...NO_OFFER_DETAILS } }) : [];
  return { items: ordered(ids, rows).map((r) => toOfferView({ ...r, ...EMPTY_OFFER_DETAILS }, "public")), total: Math.min(total, COUNT_CAP), capped, page: query.page, pageSize, query };
}

export async function searchChallenges({ params, pageSize = PAGE_SIZE }: SearchOptions): Promise<SearchResult<ChallengeView>> {
  const query = ZListingSearch.parse(params ?? {});
  const { ids, total, capped } = await searchIds("challenge", query, Math.min(pageSize, EXPORT_LIMIT));
  const rows = ids.length ? await db().challenge.findMany({ where: { id: { in: ids } }, select: { ...CHALLENGE_SELECT, ...NO_CHALLENGE_DETAILS } }) : [];
  return { items: ordered(ids, rows).map((r) => toChallengeView({ ...r, ...EMPTY_CHALLENGE_DETAILS }, "public")), total: Math.min(total, COUNT_CAP), capped, page: query.page, pageSize, query };
}

