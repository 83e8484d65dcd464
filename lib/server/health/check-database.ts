import "server-only";
import { db } from "@/lib/server/db/client";

export type DatabaseHealth = { ok: true; latencyMs: number } | { ok: false; reason: string };

/** Pings the database with a short timeout; never throws. */
export async function checkDatabase(timeoutMs = 3_000): Promise<DatabaseHealth> {
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      db().$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
    return { ok: true, latencyMs: Date.now() - started };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, reason: `database unreachable: ${message.split("\n")[0]}` };
  } finally {
    clearTimeout(timer);
  }
}
