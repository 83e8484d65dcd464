import "server-only";
import { runDueJobs } from "./run-jobs";

const globalForWorker = globalThis as unknown as { helixJobWorker?: NodeJS.Timeout };

/**
 * Polls the job queue inside the app's own process: on the embedded database a second
 * process would share its single backend session, so the worker must use the app's pool.
 */
export function startJobWorker(intervalMs = 2000) {
  if (globalForWorker.helixJobWorker) return;
  let busy = false;
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
