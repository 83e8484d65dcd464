import "server-only";
import { db } from "@/lib/server/db/client";
import type { Prisma } from "@/lib/server/db/generated/client";

type Tx = Prisma.TransactionClient;
export type JobKind = "listing.changed" | "email.send" | "match.rebuild" | "outcomes.refresh";
export type ClaimedJob = { id: string; kind: JobKind; payload: unknown; attempts: number };

const MAX_ATTEMPTS = 5;
/** A job locked longer than this is taken to have died with its worker and runs again. */
const LOCK_TIMEOUT_SECONDS = 300;

/**
 * Queues a job, in the caller's transaction when given one, so the job exists exactly when
 * the change that caused it is committed. A pending job with the same dedupe key is enough.
 */
export async function enqueueJob(kind: JobKind, payload: Prisma.InputJsonValue, { tx, dedupeKey }: { tx?: Tx; dedupeKey?: string } = {}) {
  const client = tx ?? db();
  if (dedupeKey) {
    const pending = await client.job.findFirst({ where: { dedupeKey, ...PENDING }, select: { id: true } });
    if (pending) return pending.id;
  }
  const job = await client.job.create({ data: { kind, payload, dedupeKey }, select: { id: true } });
  return job.id;
}

/** Waiting to run, not yet claimed: a job like this one makes a new one with its dedupe key unnecessary. */
const PENDING = { doneAt: null, lockedAt: null };
const BULK = 1000;

/** enqueueJob for many jobs at once, by the same dedupe rule, a thousand per statement; returns how many were queued. */
export async function enqueueJobs(kind: JobKind, jobs: { payload: Prisma.InputJsonValue; dedupeKey: string; runAt?: Date }[]): Promise<number> {
  let queued = 0;
  for (let i = 0; i < jobs.length; i += BULK) {
    const chunk = jobs.slice(i, i + BULK);
    const pending = new Set(
      (await db().job.findMany({ where: { dedupeKey: { in: chunk.map((j) => j.dedupeKey) }, ...PENDING }, select: { dedupeKey: true } })).map((j) => j.dedupeKey),
    );
    const data = chunk.filter((j) => !pending.has(j.dedupeKey)).map((j) => ({ kind, ...j }));
    if (data.length) await db().job.createMany({ data });
    queued += data.length;
  }
  return queued;
}

/** Claims up to `limit` due jobs; other workers skip the rows this one locked. */
export async function claimJobs(limit: number): Promise<ClaimedJob[]> {
  return db().$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET "lockedAt" = now(), "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "Job"
      WHERE "doneAt" IS NULL AND "runAt" <= now()
        AND ("lockedAt" IS NULL OR "lockedAt" < now() - make_interval(secs => ${LOCK_TIMEOUT_SECONDS}))
      ORDER BY "runAt" LIMIT ${limit}
      FOR UPDATE SKIP LOCKED)
    RETURNING "id", "kind", "payload", "attempts"`;
}

export async function completeJob(id: string) {
  await db().job.update({ where: { id }, data: { doneAt: new Date(), lockedAt: null, lastError: null } });
}

/** Retries with exponential backoff (10 s, 20 s, 40 s…); gives up after MAX_ATTEMPTS. */
export async function failJob(job: ClaimedJob, err: unknown) {
  const message = err instanceof Error ? err.message : String(err);
  const dead = job.attempts >= MAX_ATTEMPTS;
  await db().job.update({
    where: { id: job.id },
    data: { lockedAt: null, lastError: message.slice(0, 2000), ...(dead ? { doneAt: new Date() } : { runAt: new Date(Date.now() + 10_000 * 2 ** (job.attempts - 1)) }) },
  });
}
