import "server-only";
import { db } from "@/lib/server/db/client";

export type DatabaseHealth = { ok: true; latencyMs: number } | { ok: false; reason: string };

/** A short cause for the public health answer, without hosts, ports or credentials. */
function describeFailure(err: unknown): string {
  const text = err instanceof Error ? `${err.message} ${(err as { code?: string }).code ?? ""} ${String(err.cause ?? "")}` : String(err);
  if (/no answer within/.test(text)) return "no answer in time";
  if (/ECONNREFUSED/.test(text)) return "connection refused";
  if (/timeout/i.test(text)) return "connection timed out";
  if (/terminated|ECONNRESET/i.test(text)) return "connection lost";
  if (/password authentication|authentication failed/i.test(text)) return "authentication failed";
  if (/does not exist/.test(text)) return "database does not exist";
  return "query failed";
}

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
    console.error("[health] database check failed:", err instanceof Error ? err.message : err);
    return { ok: false, reason: `database unreachable: ${describeFailure(err)}` };
  } finally {
    clearTimeout(timer);
  }
}
