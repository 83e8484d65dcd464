import "server-only";
import { analyzeText } from "@/lib/matching/analyze";
import { glossary } from "@/lib/matching/concepts";
import { inferSectors } from "@/lib/matching/infer";
import { COUNT_KEY } from "@/lib/matching/keys";
import { packProfile } from "@/lib/matching/vector";
import { db } from "@/lib/server/db/client";
import type { ListingKind } from "@/lib/server/listings/shared";
import { forgetKeyStats } from "./key-stats";
import { loadMatchListing, type MatchListing } from "./match-data";

/**
 * Recomputes a listing's match profile and keeps the per-side key counts (for idf) exact:
 * keys the listing gained count once more, keys it lost once less. Returns the listing, or
 * null when it no longer exists (its profile is then removed).
 */
export async function refreshMatchProfile(kind: ListingKind, id: string): Promise<MatchListing | null> {
  const listing = await loadMatchListing(kind, id);
  const profile = listing ? analyzeText(glossary(), listing.text) : null;
  const sectors = listing && profile ? [...new Set([...listing.sectors, ...inferSectors(glossary(), profile.concepts)])] : [];
  let changed = false;
  await db().$transaction(async (tx) => {
    const old = await tx.$queryRaw<{ keys: number[] }[]>`SELECT "keys" FROM "MatchProfile" WHERE "listingId" = ${id} FOR UPDATE`;
    const before = new Set(old[0]?.keys ?? []);
    const after = new Set(profile?.keys ?? []);
    const added = [...after].filter((k) => !before.has(k));
    const removed = [...before].filter((k) => !after.has(k));
    if (!old.length && profile) added.push(COUNT_KEY);
    if (old.length && !profile) removed.push(COUNT_KEY);
    changed = added.length + removed.length > 0;
    if (profile) {
      await tx.$executeRaw`
        INSERT INTO "MatchProfile" ("listingId", "side", "keys", "vector", "status", "expiresAt", "languages", "sectors", "updatedAt")
        VALUES (${id}, ${kind}, ${profile.keys}::int[], ${packProfile(profile.keys, profile.weights)}, ${listing!.status}, ${listing!.expiresAt}, ${profile.languages}::text[], ${sectors}::text[], now())
        ON CONFLICT ("listingId") DO UPDATE SET "keys" = EXCLUDED."keys", "vector" = EXCLUDED."vector", "status" = EXCLUDED."status",
          "expiresAt" = EXCLUDED."expiresAt", "languages" = EXCLUDED."languages", "sectors" = EXCLUDED."sectors", "updatedAt" = now()`;
    } else if (old.length) {
      await tx.$executeRaw`DELETE FROM "MatchProfile" WHERE "listingId" = ${id}`;
    }
    // Sorted, so two writers touch the shared counters in the same order and cannot deadlock.
    if (added.length) {
      await tx.$executeRaw`
        INSERT INTO "MatchKeyStat" ("side", "key", "df") SELECT ${kind}, k, 1 FROM unnest(${added.sort((a, b) => a - b)}::int[]) AS k
        ON CONFLICT ("side", "key") DO UPDATE SET "df" = "MatchKeyStat"."df" + 1`;
    }
    if (removed.length) {
      await tx.$executeRaw`UPDATE "MatchKeyStat" SET "df" = "df" - 1 WHERE "side" = ${kind} AND "key" = ANY(${removed.sort((a, b) => a - b)}::int[])`;
    }
  });
  if (changed) forgetKeyStats(kind); // this process reads the new counts at once
  return listing;
}
