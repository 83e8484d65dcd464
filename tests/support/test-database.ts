// A fresh, migrated database for one test file.
// With DATABASE_URL set: a new database on that PostgreSQL server, dropped afterwards.
// Without: an in-memory PGlite restored from a migrated snapshot (made once per set of
// migrations and cached in .data/db-cache), served on a free local port.
import pg from "pg";
import { startFreshEmbeddedDatabase } from "../../lib/db/fresh-database";
import { applyMigrations } from "../../lib/db/migrations";

export type TestDatabase = { url: string; kind: "postgres" | "pglite"; drop: () => Promise<void> };

export async function createTestDatabase(baseUrl = process.env.DATABASE_URL): Promise<TestDatabase> {
  return baseUrl ? createPostgresDatabase(baseUrl) : createPgliteDatabase();
}

async function createPostgresDatabase(baseUrl: string): Promise<TestDatabase> {
  const name = `helix_test_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  await applyMigrations(url.toString());
  return {
    url: url.toString(),
    kind: "postgres",
    drop: async () => {
      const c = new pg.Client({ connectionString: baseUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  const embedded = await startFreshEmbeddedDatabase();
  return { url: embedded.url, kind: "pglite", drop: embedded.stop };
}
