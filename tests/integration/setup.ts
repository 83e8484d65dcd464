// Runs before each integration test file: points the app's data layer at a fresh database.
import { afterAll } from "vitest";
import { createTestDatabase } from "../support/test-database";

// The server URL stays available to tests that make databases of their own.
if (process.env.DATABASE_URL && !process.env.HELIX_TEST_POSTGRES_URL) process.env.HELIX_TEST_POSTGRES_URL = process.env.DATABASE_URL;
const database = await createTestDatabase(process.env.HELIX_TEST_POSTGRES_URL);
process.env.DATABASE_URL = database.url;
process.env.DATABASE_POOL_SIZE = database.kind === "pglite" ? "1" : "4";

afterAll(async () => {
  const { disconnectDb } = await import("../../lib/server/db/client");
  await disconnectDb();
  await database.drop();
});
