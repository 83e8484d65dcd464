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
const RECENT_DAYS = 120;
const POOL = 1000;

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

  // How many match, up to the cap: cheap, because the scan stops at the cap.
  const counted = await db().$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM (SELECT 1 FROM ${table} l WHERE ${filter} LIMIT ${COUNT_CAP + 1}) x`;
  const total = Number(counted[0]?.n ?? 0);
  const capped = total > COUNT_CAP;
  const offset = (q.page - 1) * pageSize;

  const sort = q.sort ?? (tsquery ? "relevance" : "newest");
  let rows: { id: string }[];
  if (sort === "relevance" && tsquery) {
    // Ranking reads every candidate's text vector. A broad query (more matches than the
    // cap) ranks its newest COUNT_CAP matches, so its cost stays bounded at any size.
    if (capped) {
      // Ranking reads every candidate's text vector, so a broad query (more matches than
      // the cap) ranks a bounded pool: up to POOL matches published in the last
      // RECENT_DAYS (so new listings are always in it) plus up to POOL older ones.
      // Each part stops early in the full-text index scan, whatever the table's size.
      rows = await db().$queryRaw`
          WITH c AS MATERIALIZED (
            (SELECT l."id", l."search", l."publishedAt" FROM ${table} l
              WHERE ${filter} AND l."publishedAt" >= now() - make_interval(days => ${RECENT_DAYS}) LIMIT ${POOL})
            UNION ALL
            (SELECT l."id", l."search", l."publishedAt" FROM ${table} l
              WHERE ${filter} AND (l."publishedAt" < now() - make_interval(days => ${RECENT_DAYS}) OR l."publishedAt" IS NULL) LIMIT ${POOL}))
          SELECT c."id" FROM c ORDER BY ts_rank(c."search", ${tsquery}) DESC, c."publishedAt" DESC, c."id" LIMIT ${pageSize} OFFSET ${offset}`;
    } else {
      rows = await db().$queryRaw`
          SELECT l."id" FROM ${table} l WHERE ${filter}
          ORDER BY ts_rank(l."search", ${tsquery}) DESC, l."publishedAt" DESC, l."id" LIMIT ${pageSize} OFFSET ${offset}`;
    }
  } else {
    const order =
      sort === "deadline" && kind === "challenge" ? Prisma.sql`l."deadline" ASC NULLS LAST, l."publishedAt" DESC` : Prisma.sql`l."publishedAt" DESC NULLS LAST`;
    rows = await db().$queryRaw`SELECT l."id" FROM ${table} l WHERE ${filter} ORDER BY ${order}, l."id" LIMIT ${pageSize} OFFSET ${offset}`;
  }
  return { ids: rows.map((r) => r.id), total, capped };
}

function ordered<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.map((id) => byId.get(id)).filter((r): r is T => Boolean(r));
}

/** Export takes up to this many rows of a search at once. */
export const EXPORT_LIMIT = 5000;

type SearchOptions = { actor: Actor | null; params: unknown; pageSize?: number };

export async function searchOffers({ params, pageSize = PAGE_SIZE }: SearchOptions): Promise<SearchResult<OfferView>> {
  const query = ZListingSearch.parse(params ?? {});
  const { ids, total, capped } = await searchIds("offer", query, Math.min(pageSize, EXPORT_LIMIT));
  const rows = ids.length ? await db().offer.findMany({ where: { id: { in: ids } }, select: OFFER_SELECT }) : [];
  return { items: ordered(ids, rows).map((r) => toOfferView(r, "public")), total: Math.min(total, COUNT_CAP), capped, page: query.page, pageSize, query };
}

export async function searchChallenges({ params, pageSize = PAGE_SIZE }: SearchOptions): Promise<SearchResult<ChallengeView>> {
  const query = ZListingSearch.parse(params ?? {});
  const { ids, total, capped } = await searchIds("challenge", query, Math.min(pageSize, EXPORT_LIMIT));
  const rows = ids.length ? await db().challenge.findMany({ where: { id: { in: ids } }, select: CHALLENGE_SELECT }) : [];
  return { items: ordered(ids, rows).map((r) => toChallengeView(r, "public")), total: Math.min(total, COUNT_CAP), capped, page: query.page, pageSize, query };
}

