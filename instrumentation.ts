// Runs once when the Next.js server starts: the job worker (matching, alerts, email) polls
// the PostgreSQL-backed queue inside this process, sharing the app's connection pool.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startJobWorker } = await import("./lib/server/jobs/worker");
  startJobWorker();
}
