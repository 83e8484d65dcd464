// Chooses the database for a command: PostgreSQL at DATABASE_URL when it is set, otherwise
// the embedded PGlite database in HELIX_DATA_DIR, served on a local port for this process.
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../../lib/db/embedded-server";
import { env } from "../../lib/env";

export type OpenDatabase = { url: string; embedded: boolean; describe: string; close: () => Promise<void> };

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function openDatabase(): Promise<OpenDatabase> {
  const { DATABASE_URL, HELIX_DATA_DIR } = env();
  if (DATABASE_URL) {
    await assertReachable(DATABASE_URL);
    const u = new URL(DATABASE_URL);
    return { url: DATABASE_URL, embedded: false, describe: `PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname}`, close: async () => {} };
  }
  const dataDir = path.resolve(HELIX_DATA_DIR, "pglite");
  const lock = path.resolve(HELIX_DATA_DIR, "pglite.pid");
  if (existsSync(lock)) {
    const pid = Number(readFileSync(lock, "utf8"));
    if (pid && pid !== process.pid && pidAlive(pid)) {
      throw new Error(
        `The embedded database in ${dataDir} is in use by another Helix process (pid ${pid}). ` +
          "Stop it first (migrations and demo data are applied automatically by `npm start`).",
      );
    }
  }
  const fresh = !existsSync(path.join(dataDir, "PG_VERSION"));
  const embedded = await startEmbeddedDatabase({ dataDir });
  writeFileSync(lock, String(process.pid));
  return {
    url: embedded.url,
    embedded: true,
    describe: `embedded PGlite database in ${path.relative(process.cwd(), dataDir)}${fresh ? " (new)" : ""}`,
    close: async () => {
      await embedded.stop();
      rmSync(lock, { force: true });
    },
  };
}

/** Fails with a message that says how to fix it when PostgreSQL does not answer. */
export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (err) {
    const u = new URL(url);
    const why = err instanceof Error ? err.message : String(err);
    throw new Error(
      `Cannot reach PostgreSQL at ${u.hostname}:${u.port || 5432}${u.pathname} (${why}).\n` +
        "Start that server, fix DATABASE_URL, or unset DATABASE_URL to use the embedded database.",
    );
  } finally {
    await client.end().catch(() => {});
  }
}
