import "server-only";
import { analyzeText } from "@/lib/matching/analyze";
import { glossary } from "@/lib/matching/concepts";
import { inferSectors } from "@/lib/matching/infer";
import { packProfile } from "@/lib/matching/vector";
import { db } from "@/lib/server/db/client";
import type { ListingKind } from "@/lib/server/listings/shared";
import { forgetKeyStats } from "./key-stats";
import { CHALLENGE_MATCH_SELECT, OFFER_MATCH_SELECT, toMatchListing } from "./match-data";

const BATCH = 1000;

/**
 * Rebuilds every match profile and recounts the key statistics from scratch: after the
 * glossary changes (stored profiles name the concepts of the glossary they were built
 * with) and for bulk loads. Listing by listing, `refreshMatchProfile` keeps them current.
 */
export async function rebuildMatchProfiles({ log = () => {} }: { log?: (line: string) => void } = {}) {
  const g = glossary();
  let total = 0;
  for (const kind of ["offer", "challenge"] as ListingKind[]) {
    let cursor: string | undefined;
    for (;;) {
      const rows =
        kind === "offer"
          ? await db().offer.findMany({ select: OFFER_MATCH_SELECT, orderBy: { id: "asc" }, take: BATCH, ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}) })
          : await db().challenge.findMany({ select: CHALLENGE_MATCH_SELECT, orderBy: { id: "asc" }, take: BATCH, ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}) });
      if (!rows.length) break;
      cursor = rows[rows.length - 1]!.id;
      const ids: string[] = [], keys: string[] = [], vectors: string[] = [], statuses: string[] = [], expiries: (Date | null)[] = [], languages: string[] = [], sectors: string[] = [];
      for (const row of rows) {
        const listing = toMatchListing(kind, row);
        const p = analyzeText(g, listing.text);
        ids.push(listing.id);
        // Arrays of arrays travel as PostgreSQL array literals, one per row.
        keys.push(`{${p.keys.join(",")}}`);
        statuses.push(listing.status);
        expiries.push(listing.expiresAt);
        vectors.push(Buffer.from(packProfile(p.keys, p.weights)).toString("hex"));
        languages.push(`{${p.languages.join(",")}}`);
        sectors.push(`{${[...new Set([...listing.sectors, ...inferSectors(g, p.concepts)])].join(",")}}`);
      }
      await db().$executeRaw`
        INSERT INTO "MatchProfile" ("listingId", "side", "keys", "vector", "status", "expiresAt", "languages", "sectors", "updatedAt")
        SELECT id, ${kind}, k::int[], decode(v, 'hex'), st, ex, l::text[], s::text[], now()
        FROM unnest(${ids}::text[], ${keys}::text[], ${vectors}::text[], ${statuses}::text[], ${expiries}::timestamp[], ${languages}::text[], ${sectors}::text[]) AS t(id, k, v, st, ex, l, s)
        ON CONFLICT ("listingId") DO UPDATE SET "keys" = EXCLUDED."keys", "vector" = EXCLUDED."vector", "status" = EXCLUDED."status",
          "expiresAt" = EXCLUDED."expiresAt", "languages" = EXCLUDED."languages", "sectors" = EXCLUDED."sectors", "updatedAt" = now()`;
      total += rows.length;
      log(`[match] ${kind} profiles: ${total}`);
    }
  }
  // One transaction, so matching never reads half-counted statistics (14 s at 200,000 profiles).
  await db().$transaction(
    async (tx) => {
      await tx.$executeRaw`DELETE FROM "MatchProfile" p WHERE NOT EXISTS (SELECT 1 FROM "Offer" o WHERE o."id" = p."listingId") AND NOT EXISTS (SELECT 1 FROM "Challenge" c WHERE c."id" = p."listingId")`;
      await tx.$executeRaw`DELETE FROM "MatchKeyStat"`;
      await tx.$executeRaw`INSERT INTO "MatchKeyStat" ("side", "key", "df") SELECT "side", k, count(*) FROM "MatchProfile", unnest("keys") AS k GROUP BY "side", k`;
      await tx.$executeRaw`INSERT INTO "MatchKeyStat" ("side", "key", "df") SELECT "side", 0, count(*) FROM "MatchProfile" GROUP BY "side"`;
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  // Fresh planner statistics: with the stale ones of the emptied table, the idf lookup by key
  // scanned a whole side of MatchKeyStat (12.6 → 1.3 ms a query at 100,000 listings a side).
  await db().$executeRaw`ANALYZE "MatchProfile", "MatchKeyStat"`;
  forgetKeyStats();
  return total;
}
