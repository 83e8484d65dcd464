import "server-only";
import { handleListingChanged } from "@/lib/server/matching/on-listing-changed";
import { refreshStoredPairs } from "@/lib/server/matching/listing-changed";
import { rebuildMatchProfiles } from "@/lib/server/matching/rebuild-profiles";
import { sendQueuedEmail } from "@/lib/server/notifications/send-email";
import { refreshOutcomeSummary } from "@/lib/server/outcomes/summary";
import { claimJobs, completeJob, failJob, type ClaimedJob, type JobKind } from "./queue";

const HANDLERS: Record<JobKind, (payload: never) => Promise<void>> = {
  "listing.changed": handleListingChanged,
  "email.send": sendQueuedEmail,
  "match.rebuild": async () => {
    await rebuildMatchProfiles();
    await refreshStoredPairs();
  },
  "outcomes.refresh": async () => {
    await refreshOutcomeSummary();
  },
};

async function runOne(job: ClaimedJob) {
  try {
    await HANDLERS[job.kind](job.payload as never);
    await completeJob(job.id);
  } catch (err) {
    console.error(`[jobs] ${job.kind} ${job.id} failed (attempt ${job.attempts}):`, err);
    await failJob(job, err);
  }
}

/** Runs due jobs until none is left (or `max` ran); returns how many ran. */
export async function runDueJobs({ batch = 10, max = 1000 }: { batch?: number; max?: number } = {}): Promise<number> {
  let ran = 0;
  while (ran < max) {
    const jobs = await claimJobs(Math.min(batch, max - ran));
    if (!jobs.length) break;
    for (const job of jobs) await runOne(job);
    ran += jobs.length;
  }
  return ran;
}
