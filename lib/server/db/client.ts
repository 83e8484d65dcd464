import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { env } from "@/lib/env";
import { PrismaClient } from "./generated/client";

type Db = { prisma: PrismaClient; pool: pg.Pool };

const globalForDb = globalThis as unknown as { helixDb?: Db };

function createDb(): Db {
  const { DATABASE_URL, DATABASE_POOL_SIZE } = env();
  if (!DATABASE_URL) {
    throw new Error(
      "DATABASE_URL is not set. Start the app with `npm start` (it opens the embedded database) or set DATABASE_URL to a PostgreSQL server.",
    );
  }
  const pool = new pg.Pool({
    connectionString: DATABASE_URL,
    max: DATABASE_POOL_SIZE,
    connectionTimeoutMillis: 5_000,
    idleTimeoutMillis: 30_000,
  });
  // Without a listener, a server restart would crash the process through an idle client's
  // error; logging it lets the pool reconnect on the next query instead.
  pool.on("error", (err) => console.error("[db] idle connection error:", err.message));
  const prisma = new PrismaClient({ adapter: new PrismaPg(pool) });
  return { prisma, pool };
}

/** The Prisma client; created on first use so tests and scripts can choose the database first. */
export function db(): PrismaClient {
  globalForDb.helixDb ??= createDb();
  return globalForDb.helixDb.prisma;
}

/** Closes the pool (tests and scripts). */
export async function disconnectDb(): Promise<void> {
  const current = globalForDb.helixDb;
  globalForDb.helixDb = undefined;
  if (current) {
    await current.prisma.$disconnect();
    await current.pool.end().catch(() => {});
  }
}
