// npm run db:diff -- --name add_listings
// Writes prisma/migrations/<timestamp>_<name>/migration.sql: the SQL from the schema as of
// the newest migration (prisma/migrations/schema.snapshot.prisma) to prisma/schema.prisma,
// then updates the snapshot. Review the SQL (data moves, defaults) before committing.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { startEmbeddedDatabase } from "../../lib/db/embedded-server";
import { diffSchemas, SNAPSHOT_PATH } from "../../lib/db/migrations";
import { MIGRATIONS_DIR, SCHEMA_PATH } from "../../lib/db/schema-engine";

const { values } = parseArgs({ options: { name: { type: "string" }, print: { type: "boolean" } } });
const name = (values.name ?? "").replace(/[^a-z0-9_]+/gi, "_").toLowerCase();
if (!name && !values.print) {
  console.error("Usage: npm run db:diff -- --name <what_changed>   (or --print to only show the SQL)");
  process.exit(2);
}

const current = await readFile(SCHEMA_PATH, "utf8");
const snapshot = existsSync(SNAPSHOT_PATH) ? await readFile(SNAPSHOT_PATH, "utf8") : null;
const scratch = await startEmbeddedDatabase();
const sql = await diffSchemas(scratch.url, snapshot, current).finally(() => scratch.stop());
if (!sql.trim() || /^-- This is an empty migration\.?$/m.test(sql.trim())) {
  console.log("schema.prisma and the migrations agree: nothing to write.");
} else if (values.print) {
  process.stdout.write(sql);
} else {
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, "migration.sql"), sql);
  await writeFile(path.join(MIGRATIONS_DIR, "migration_lock.toml"), 'provider = "postgresql"\n');
  await writeFile(SNAPSHOT_PATH, current);
  console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then commit it with the snapshot.`);
}
process.exit(); // the schema engine leaves a timer running for a few seconds
