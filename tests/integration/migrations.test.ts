import { readFile } from "node:fs/promises";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { startEmbeddedDatabase } from "../../lib/db/embedded-server";
import { applyMigrations, diffSchemas, readMigrationList, SNAPSHOT_PATH } from "../../lib/db/migrations";
import { SCHEMA_PATH } from "../../lib/db/schema-engine";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const EXPECTED_TABLES = ["AccessToken", "AuditLog", "Challenge", "ConfidentialAccess", "ContractMilestone", "ContractVersion", "Deal", "DealAttachment", "DealMessage", "EmailOutbox", "ImportBatch", "Job", "ListingViewDaily", "MatchFeedback", "MatchIntroduction", "MatchKeyStat", "MatchPair", "MatchProfile", "Membership", "NdaAcceptance", "NdaTemplate", "Notification", "Offer", "Organization", "OutcomeChange", "OutcomeSummary", "SignInThrottle", "TaxonomyTerm", "TermProposal", "TransferContract", "User", "_prisma_migrations"];

async function tables(url: string): Promise<string[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  const r = await c.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name");
  await c.end();
  return r.rows.map((row) => row.table_name as string);
}

describe("migrations", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanups) await c();
  });

  it("apply from empty on embedded PGlite, and a second run applies nothing", async () => {
    const embedded = await startEmbeddedDatabase();
    cleanups.push(embedded.stop);
    const names = (await readMigrationList()).migrationDirectories.map((m) => m.path);
    expect(await applyMigrations(embedded.url)).toEqual(names);
    expect(await tables(embedded.url)).toEqual(EXPECTED_TABLES);
    expect(await applyMigrations(embedded.url)).toEqual([]);
  });

  // Needs a PostgreSQL server: runs whenever DATABASE_URL is set, as in .ci/run.
  it.runIf(Boolean(process.env.HELIX_TEST_POSTGRES_URL))("apply from empty on PostgreSQL", async () => {
    const database: TestDatabase = await createTestDatabase(process.env.HELIX_TEST_POSTGRES_URL);
    cleanups.push(database.drop);
    expect(await tables(database.url)).toEqual(EXPECTED_TABLES);
    expect(await applyMigrations(database.url)).toEqual([]);
  });

  it("cover every change in schema.prisma (run `npm run db:diff -- --name …` if this fails)", async () => {
    const [snapshot, schema] = await Promise.all([readFile(SNAPSHOT_PATH, "utf8"), readFile(SCHEMA_PATH, "utf8")]);
    const scratch = await startEmbeddedDatabase();
    cleanups.push(scratch.stop);
    const sql = await diffSchemas(scratch.url, snapshot, schema);
    expect(sql.replace(/^--.*$/gm, "").trim()).toBe("");
  });
});
