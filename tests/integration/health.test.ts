import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded-server";
import { applyMigrations } from "../../lib/db/migrations";

// This file points the data layer at a database it can stop and start again.
const dataDir = await mkdtemp(path.join(os.tmpdir(), "helix-health-"));
const port = await freePort();
let server: EmbeddedDatabase = await startEmbeddedDatabase({ dataDir, port });
await applyMigrations(server.url);
process.env.DATABASE_URL = server.url;

const { checkDatabase } = await import("../../lib/server/health/check-database");
const { GET } = await import("../../app/api/health/route");

describe("health", () => {
  afterAll(async () => {
    await server.stop().catch(() => {});
    await rm(dataDir, { recursive: true, force: true });
  });

  it("answers 200 while the database is up, 503 with a reason while it is down, and recovers by itself", async () => {
    const up = await GET();
    expect(up.status).toBe(200);
    expect(await up.json()).toMatchObject({ status: "ok", database: { ok: true } });

    await server.stop();
    const down = await GET();
    expect(down.status).toBe(503);
    const body = await down.json();
    expect(body.status).toBe("unavailable");
    expect(body.database.reason).toMatch(/^database unreachable: (connection refused|connection lost|connection timed out|no answer in time)$/);
    expect(JSON.stringify(body)).not.toContain("127.0.0.1"); // no hosts or ports in a public answer

    // Same data, same port: the pool reconnects on the next request, no restart needed.
    server = await startEmbeddedDatabase({ dataDir, port });
    const again = await checkDatabase();
    expect(again.ok).toBe(true);
    expect((await GET()).status).toBe(200);
  });
});
