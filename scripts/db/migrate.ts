// npm run db:migrate — applies prisma/migrations to DATABASE_URL, or to the embedded database.
import { applyMigrations } from "../../lib/db/migrations";
import { openDatabase } from "../lib/open-database";

const database = await openDatabase().catch((err: Error) => {
  console.error(err.message);
  process.exit(1);
});
try {
  const applied = await applyMigrations(database.url);
  console.log(`${database.describe}: ${applied.length ? `applied ${applied.join(", ")}` : "already up to date"}`);
} catch (err) {
  console.error(`Migration failed on ${database.describe}:`, err instanceof Error ? err.message : err);
  process.exitCode = 1;
} finally {
  await database.close();
  // The schema engine leaves a timer running for a few seconds; nothing else is pending.
  process.exit();
}
