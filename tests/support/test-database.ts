// A fresh, migrated database for one test file.
// With DATABASE_URL set: a new database on that PostgreSQL server, dropped afterwards.
// Without: an in-memory PGlite restored from a migrated snapshot (made once per set of
// migrations and cached in .data/test-cache), served on a free local port.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "../../lib/db/embedded-server";
import { applyMigrations, readMigrationList } from "../../lib/db/migrations";

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

async function snapshotPath(): Promise<string> {
  const list = await readMigrationList();
  const hash = createHash("sha256");
  for (const m of list.migrationDirectories) {
    hash.update(m.path);
    if (m.migrationFile.content.tag === "ok") hash.update(m.migrationFile.content.value);
  }
  return path.resolve(".data/test-cache", `pglite-${hash.digest("hex").slice(0, 16)}.tar.gz`);
}

async function createPgliteDatabase(): Promise<TestDatabase> {
  const file = await snapshotPath();
  if (!existsSync(file)) {
    const scratch = await startEmbeddedDatabase();
    await applyMigrations(scratch.url);
    const dump = await scratch.db.dumpDataDir("gzip");
    await scratch.stop();
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, Buffer.from(await dump.arrayBuffer()));
    await rename(tmp, file); // atomic: parallel test files never read half a snapshot
  }
  const embedded = await startEmbeddedDatabase({ loadDataDir: new Blob([await readFile(file)]) });
  return { url: embedded.url, kind: "pglite", drop: embedded.stop };
}
