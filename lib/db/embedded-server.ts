// The embedded database: PGlite (PostgreSQL compiled to WebAssembly) persisted in a
// folder and served over the PostgreSQL wire protocol on 127.0.0.1, so the app talks to it
// exactly as it talks to a real server (DATABASE_URL + @prisma/adapter-pg).
import { mkdir } from "node:fs/promises";
import { createServer } from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { unaccent } from "@electric-sql/pglite/contrib/unaccent";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export type EmbeddedDatabase = {
  url: string;
  db: PGlite;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      const port = typeof address === "object" && address ? address.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Opens (or creates) a PGlite database in `dataDir` — in memory when `dataDir` is
 * undefined — and serves it. PGlite is a single backend session: queries from several
 * connections are interleaved on it, so a transaction is only safe while one connection is
 * busy. Clients therefore use a pool of size 1; the server accepts a few connections so a
 * closing client's socket, or a psql session for debugging, does not lock the next one out.
 */
export async function startEmbeddedDatabase(opts: { dataDir?: string; port?: number; loadDataDir?: Blob } = {}): Promise<EmbeddedDatabase> {
  if (opts.dataDir) await mkdir(opts.dataDir, { recursive: true });
  // The extensions must be passed on every open, or reopening an existing folder fails.
  const db = await PGlite.create({
    dataDir: opts.dataDir,
    loadDataDir: opts.loadDataDir,
    extensions: { pg_trgm, unaccent },
  });
  const port = opts.port ?? (await freePort());
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections: 4 });
  await server.start();
  return {
    url: `postgresql://postgres:postgres@127.0.0.1:${port}/postgres?sslmode=disable`,
    db,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
