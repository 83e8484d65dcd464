import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";
import { enqueueJob, enqueueJobs } from "@/lib/server/jobs/queue";
import type { ListingKind } from "@/lib/server/listings/shared";

/**
 * Every write to a listing calls this (in its transaction when it has one): matching and
 * alerts run afterwards in the job queue, so saving or publishing never waits for them.
 */
export async function listingChanged(kind: ListingKind, id: string, tx?: Prisma.TransactionClient) {
  await enqueueJob("listing.changed", { kind, id }, { tx, dedupeKey: `listing:${kind}:${id}` });
}

/**
 * The refresh jobs fall due one every 50 ms (a job takes about 60 ms at 100,000 listings a
 * side), not all at once: the queue runs jobs in the order they fall due, so a listing
 * published meanwhile is matched and alerted within seconds rather than after the whole
 * refresh (200,000 jobs, about three hours at that size).
 */
export const REFRESH_SPACING_MS = 50;

/**
 * After every profile and key count was rebuilt (a new glossary, a bulk load), the stored
 * pairs still carry the scores and reasons of the old reading, and pairs computed while the
 * counts were filling (the demo seed's first jobs) those of partial counts. Queues a quiet
 * recompute of every published listing's pairs: quiet, because no listing changed, so no owner
 * is alerted (the pairs show on the listings' pages and in brokers' feeds). A listing's own
 * change keeps its own job and its alerts (another dedupe key). Returns how many were queued.
 */
export async function refreshStoredPairs(): Promise<number> {
  const where = { status: "PUBLISHED" as const };
  const listings = [
    ...(await db().offer.findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).map((o) => ({ kind: "offer" as ListingKind, id: o.id })),
    ...(await db().challenge.findMany({ where, select: { id: true }, orderBy: { id: "asc" } })).map((c) => ({ kind: "challenge" as ListingKind, id: c.id })),
  ];
  const start = Date.now();
  return enqueueJobs(
    "listing.changed",
    listings.map((l, i) => ({ payload: { kind: l.kind, id: l.id, quiet: true }, dedupeKey: `refresh:${l.kind}:${l.id}`, runAt: new Date(start + i * REFRESH_SPACING_MS) })),
  );
}
