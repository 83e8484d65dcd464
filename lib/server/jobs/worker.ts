import "server-only";
import { GLOSSARY_VERSION } from "@/lib/matching/concepts";
import { db } from "@/lib/server/db/client";
import { enqueueJob } from "./queue";
import { runDueJobs } from "./run-jobs";

/** Once per glossary version and database: rebuild the stored match profiles. */
async function rebuildOnNewGlossary() {
  const dedupeKey = `glossary:${GLOSSARY_VERSION}`;
  if (!(await db().job.findFirst({ where: { dedupeKey }, select: { id: true } }))) await enqueueJob("match.rebuild", {}, { dedupeKey });
}

const globalForWorker = globalThis as unknown as { helixJobWorker?: NodeJS.Timeout };

/**
 * Polls the job queue inside the app's own process: on the embedded database a second
 * process would share its single backend session, so the worker must use the app's pool.
 */
export function startJobWorker(intervalMs = 2000) {
  if (globalForWorker.helixJobWorker) return;
  let busy = true;
  rebuildOnNewGlossary()
    .catch((err) => console.error("[jobs] glossary check:", err instanceof Error ? err.message : err))
    .finally(() => {
      busy = false;
    });
  globalForWorker.helixJobWorker = setInterval(() => {
    if (busy) return;
    busy = true;
    runDueJobs()
      .catch((err) => console.error("[jobs] worker:", err instanceof Error ? err.message : err))
      .finally(() => {
        busy = false;
      });
  }, intervalMs);
  globalForWorker.helixJobWorker.unref();
}
