import "server-only";
import type { OutcomeFilters } from "@/lib/outcomes/filters";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { enqueueJob } from "@/lib/server/jobs/queue";
import { commissionedFigures, dealFigures, listingFigures, offerFigures, recentUnansweredDeals, type DealRow, type ListingFigures, type OfferRow } from "./figures";

// The outcome views without filters (the default, and the heaviest: every listing and deal)
// read the viewer-independent figures from a summary computed ahead by the job queue;
// contract groups, whose values are masked per viewer, stay live. Freshness: a trigger on
// Offer, Challenge, Deal and TransferContract adds a row to "OutcomeChange" in every
// transaction that changes them (migration 20261201153835_outcome_summary), and the refresh
// deletes, in the transaction that writes the summary, exactly the rows its snapshot saw.
// So the summary is used only while "OutcomeChange" is empty, and a change committed at any
// time after the refresh's snapshot — by the app, a script or plain SQL — makes the views
// compute live again (and queue a refresh) until the next refresh has seen it.

/** Bumped whenever the summary's shape or definitions change: an older row is then ignored. */
const KEY = "unfiltered:v1";
const REFRESH_JOB_KEY = "outcomes.refresh";
/** Any constant: only one refresh at a time, the others skip. */
const REFRESH_LOCK = 7_220_601;

export type OutcomeSummaryData = {
  listings: ListingFigures;
  offers: OfferRow;
  /** The deal figures without `due`, which depends on today (see dealsFromSummary). */
  deals: Omit<DealRow, "due">;
  commissioned: { n: number; solved: number };
};

export const isUnfiltered = (f: OutcomeFilters) => !f.from && !f.to && !f.field && !f.sector && !f.province;

/**
 * The summary when it is fresh, else null — and then a refresh is queued (once: a pending
 * one is enough) so the next views are fast again.
 */
export async function readOutcomeSummary(): Promise<OutcomeSummaryData | null> {
  const [row] = await db().$queryRaw<{ data: OutcomeSummaryData }[]>`
    SELECT s."data" FROM "OutcomeSummary" s WHERE s."key" = ${KEY} AND NOT EXISTS (SELECT 1 FROM "OutcomeChange")`;
  if (row) return row.data;
  await enqueueJob(REFRESH_JOB_KEY, {}, { dedupeKey: REFRESH_JOB_KEY });
  return null;
}

/** The deal figures of the summary with today's `due`: answered + unanswered − those not yet due. */
export async function dealsFromSummary(deals: OutcomeSummaryData["deals"]): Promise<DealRow> {
  return { ...deals, due: deals.answered + deals.unanswered - (await recentUnansweredDeals()) };
}

/** The figures the summary holds, computed on `q` (the refresh's transaction). */
export async function computeOutcomeSummary(q: Prisma.TransactionClient): Promise<OutcomeSummaryData> {
  const none: OutcomeFilters = {};
  // One after the other: a transaction runs on one connection anyway.
  const listings = await listingFigures(none, q);
  const offers = await offerFigures(none, q);
  const { due: _due, ...deals } = await dealFigures(none, undefined, q);
  const commissioned = await commissionedFigures(none, q);
  return { listings, offers, deals, commissioned };
}

/**
 * Recomputes the summary in one REPEATABLE READ transaction: the figures, the summary row and
 * the removal of the change rows all see the same snapshot. Returns false when another
 * refresh holds the lock (it will leave the summary as fresh as this one would).
 * `afterCompute` runs between computing and writing (tests commit a change there).
 */
export async function refreshOutcomeSummary({ afterCompute }: { afterCompute?: () => Promise<void> } = {}): Promise<boolean> {
  return db().$transaction(
    async (tx) => {
      // The first statement fixes the snapshot; the lock does not wait.
      const [lock] = await tx.$queryRaw<{ ok: boolean }[]>`SELECT pg_try_advisory_xact_lock(${REFRESH_LOCK}) AS ok`;
      if (!lock?.ok) return false;
      const data = await computeOutcomeSummary(tx);
      await afterCompute?.();
      const json = JSON.stringify(data);
      await tx.$executeRaw`
        INSERT INTO "OutcomeSummary" ("key", "data", "computedAt") VALUES (${KEY}, ${json}::jsonb, now())
        ON CONFLICT ("key") DO UPDATE SET "data" = EXCLUDED."data", "computedAt" = EXCLUDED."computedAt"`;
      await tx.$executeRaw`DELETE FROM "OutcomeChange"`;
      return true;
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 120_000, maxWait: 10_000 },
  );
}
