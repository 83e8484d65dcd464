// A fresh, migrated in-memory PGlite database, restored from a snapshot of the migrated
// schema that is made once per set of migrations and cached in .data/db-cache. Used by the
// tests and by the batch matching command (each run gets its own isolated database).
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "./embedded-server";
import { applyMigrations, readMigrationList } from "./migrations";

async function snapshotPath(): Promise<string> {
  const list = await readMigrationList();
  const hash = createHash("sha256");
  for (const m of list.migrationDirectories) {
    hash.update(m.path);
    if (m.migrationFile.content.tag === "ok") hash.update(m.migrationFile.content.value);
  }
  return path.resolve(".data/db-cache", `pglite-${hash.digest("hex").slice(0, 16)}.tar.gz`);
}

export async function startFreshEmbeddedDatabase(): Promise<EmbeddedDatabase> {
  const file = await snapshotPath();
  if (!existsSync(file)) {
    const scratch = await startEmbeddedDatabase();
    await applyMigrations(scratch.url);
    const dump = await scratch.db.dumpDataDir("gzip");
    await scratch.stop();
    await mkdir(path.dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await writeFile(tmp, Buffer.from(await dump.arrayBuffer()));
    await rename(tmp, file); // atomic: parallel processes never read half a snapshot
  }
  return startEmbeddedDatabase({ loadDataDir: new Blob([await readFile(file)]) });
}
