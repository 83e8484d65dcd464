import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { PAGE_SIZE, ZListingSearch, type ListingSearch } from "@/lib/listings/schemas";
import { toChallengeView, toOfferView, type ChallengeView, type OfferView } from "@/lib/listings/views";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { CHALLENGE_SELECT } from "@/lib/server/challenges/challenge-select";
import { OFFER_SELECT } from "@/lib/server/offers/offer-select";
import type { ListingKind } from "./shared";

export type SearchResult<T> = { items: T[]; total: number; page: number; pageSize: number; query: ListingSearch };


/**
 * Finds published, unexpired listings. Text search is diacritics-insensitive over the
 * teaser fields only (title, summary, translations…), so a hit never reveals gated text;
 * results are teasers whoever searches. Filters are ANDed; values within a filter are ORed.
 */
async function searchIds(kind: ListingKind, q: ListingSearch, pageSize = PAGE_SIZE): Promise<{ ids: string[]; total: number }> {
  const table = kind === "offer" ? Prisma.raw(`"Offer"`) : Prisma.raw(`"Challenge"`);
  const trlColumn = kind === "offer" ? Prisma.raw(`l."trl"`) : Prisma.raw(`l."minTrl"`);
  const tsquery = q.q ? Prisma.sql`websearch_to_tsquery('simple', helix_unaccent(${q.q}))` : null;
  const where: Prisma.Sql[] = [Prisma.sql`l."status" IN ('PUBLISHED', 'CLOSED')`, Prisma.sql`(l."expiresAt" IS NULL OR l."expiresAt" > now())`];
  if (tsquery) where.push(Prisma.sql`l."search" @@ ${tsquery}`);
  if (q.field.length) where.push(Prisma.sql`l."fieldCodes" && ${q.field}::text[]`);
  if (q.sector.length) where.push(Prisma.sql`l."sectorCodes" && ${q.sector}::text[]`);
  if (q.deal.length) where.push(Prisma.sql`l."dealTypes" && ${q.deal}::"DealType"[]`);
  if (q.province.length) where.push(Prisma.sql`l."province" = ANY(${q.province}::text[])`);
  if (q.orgKind.length) where.push(Prisma.sql`o."kind" = ANY(${q.orgKind}::"OrganizationKind"[])`);
  if (q.trlMin) where.push(Prisma.sql`${trlColumn} >= ${q.trlMin}`);
  if (q.trlMax) where.push(Prisma.sql`${trlColumn} <= ${q.trlMax}`);
  if (kind === "offer" && q.ip.length) where.push(Prisma.sql`l."ipStatus" = ANY(${q.ip}::"IpStatus"[])`);
  if (q.state) where.push(kind === "offer" ? Prisma.sql`l."stateFunded"` : Prisma.sql`l."stateCommissioned"`);

  const sort = q.sort ?? (tsquery ? "relevance" : "newest");
  const order =
    sort === "relevance" && tsquery
      ? Prisma.sql`ts_rank_cd(l."search", ${tsquery}) DESC, l."publishedAt" DESC`
      : sort === "deadline" && kind === "challenge"
        ? Prisma.sql`l."deadline" ASC NULLS LAST, l."publishedAt" DESC`
        : Prisma.sql`l."publishedAt" DESC NULLS LAST`;
  const rows = await db().$queryRaw<{ id: string; total: bigint }[]>`
    SELECT l."id", count(*) OVER () AS total
    FROM ${table} l JOIN "Organization" o ON o."id" = l."organizationId"
    WHERE ${Prisma.join(where, " AND ")}
    ORDER BY ${order}, l."id"
    LIMIT ${pageSize} OFFSET ${(q.page - 1) * pageSize}`;
  return { ids: rows.map((r) => r.id), total: Number(rows[0]?.total ?? 0) };
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
  const { ids, total } = await searchIds("offer", query, Math.min(pageSize, EXPORT_LIMIT));
  const rows = ids.length ? await db().offer.findMany({ where: { id: { in: ids } }, select: OFFER_SELECT }) : [];
  return { items: ordered(ids, rows).map((r) => toOfferView(r, "public")), total, page: query.page, pageSize, query };
}

export async function searchChallenges({ params, pageSize = PAGE_SIZE }: SearchOptions): Promise<SearchResult<ChallengeView>> {
  const query = ZListingSearch.parse(params ?? {});
  const { ids, total } = await searchIds("challenge", query, Math.min(pageSize, EXPORT_LIMIT));
  const rows = ids.length ? await db().challenge.findMany({ where: { id: { in: ids } }, select: CHALLENGE_SELECT }) : [];
  return { items: ordered(ids, rows).map((r) => toChallengeView(r, "public")), total, page: query.page, pageSize, query };
}

