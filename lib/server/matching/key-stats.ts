import "server-only";
import { COUNT_KEY } from "@/lib/matching/keys";
import { db } from "@/lib/server/db/client";
import type { ListingKind } from "@/lib/server/listings/shared";

/**
 * How many profiles of a side hold each key (for idf), cached in this process: reading a pair
 * both ways needs the counts of every key of 60 candidates (about 5,000 at 100,000 listings), and
 * asking PostgreSQL for them on every query cost 25–45 ms. A count is at most TTL_MS old:
 * counts this process changes (a profile refreshed, all profiles rebuilt) are forgotten at
 * once, those another process changes within a minute, which moves an idf by a hair.
 */
const TTL_MS = 60_000;
/** Past this many cached keys a side's cache starts again (about 40 MB at most). */
const MAX_KEYS = 400_000;

type Entry = { df: number; at: number };
const caches: Record<ListingKind, Map<number, Entry>> = { offer: new Map(), challenge: new Map() };

/** The count of each given key among a side's profiles (keys no profile holds are left out), and COUNT_KEY → the side's profile count. */
export async function keyStats(side: ListingKind, keys: Iterable<number>): Promise<Map<number, number>> {
  const cache = caches[side];
  const now = Date.now();
  const out = new Map<number, number>();
  const missing: number[] = [];
  for (const key of new Set([COUNT_KEY, ...keys])) {
    const hit = cache.get(key);
    if (hit && now - hit.at < TTL_MS) {
      if (hit.df > 0) out.set(key, hit.df);
    } else missing.push(key);
  }
  if (!missing.length) return out;
  const rows = await db().$queryRaw<{ key: number; df: number }[]>`
    SELECT "key", "df" FROM "MatchKeyStat" WHERE "side" = ${side} AND "key" = ANY(${missing}::int[]) AND "df" > 0`;
  const found = new Map(rows.map((r) => [r.key, r.df]));
  if (cache.size + missing.length > MAX_KEYS) cache.clear();
  for (const key of missing) {
    const df = found.get(key) ?? 0;
    cache.set(key, { df, at: now });
    if (df > 0) out.set(key, df);
  }
  return out;
}

/** After this process changed the counts: read them afresh. */
export function forgetKeyStats(side?: ListingKind) {
  if (side) caches[side].clear();
  else for (const c of Object.values(caches)) c.clear();
}
