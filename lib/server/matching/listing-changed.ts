import "server-only";
import type { Prisma } from "@/lib/server/db/generated/client";
import { enqueueJob } from "@/lib/server/jobs/queue";
import type { ListingKind } from "@/lib/server/listings/shared";

/**
 * Every write to a listing calls this (in its transaction when it has one): matching and
 * alerts run afterwards in the job queue, so saving or publishing never waits for them.
 */
export async function listingChanged(kind: ListingKind, id: string, tx?: Prisma.TransactionClient) {
  await enqueueJob("listing.changed", { kind, id }, { tx, dedupeKey: `listing:${kind}:${id}` });
}
