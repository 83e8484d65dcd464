// npm start — the whole app in one command.
// Without DATABASE_URL it opens the embedded PGlite database in .data/ (created on first
// run) and serves it on a local port; with DATABASE_URL it uses that PostgreSQL. Either
// way: migrate, seed demo data into an empty database, build if needed, then `next start`.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { parseArgs } from "node:util";
import { applyMigrations } from "../lib/db/migrations";
import { shouldSeedDemo } from "../lib/db/seed-policy";
import { env, EnvError } from "../lib/env";
import { openDatabase } from "./lib/open-database";

const started = Date.now();
const { values: args } = parseArgs({ options: { dev: { type: "boolean" }, seed: { type: "boolean" }, "no-build": { type: "boolean" } } });
const log = (msg: string) => console.log(`[helix] ${msg}`);
const fail = (msg: string): never => {
  console.error(`[helix] ${msg}`);
  process.exit(1);
};

const config = (() => {
  try {
    return env();
  } catch (err) {
    return fail(err instanceof EnvError ? err.message : String(err));
  }
})();

// The session secret: from AUTH_SECRET, or made once and kept in the data folder.
function authSecret(): string {
  if (config.AUTH_SECRET) return config.AUTH_SECRET;
  const file = path.resolve(config.HELIX_DATA_DIR, "auth-secret");
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  }
  return readFileSync(file, "utf8").trim();
}

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const st = statSync(target);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(st.mtimeMs, ...readdirSync(target).map((name) => newestMtime(path.join(target, name))));
}

const SOURCES = ["app", "components", "lib", "i18n", "messages", "public", "proxy.ts", "next.config.ts", "package-lock.json", "postcss.config.mjs"];

function buildIfNeeded(nextBin: string): void {
  const buildId = path.resolve(".next/BUILD_ID");
  const builtAt = existsSync(buildId) ? statSync(buildId).mtimeMs : 0;
  if (builtAt && Math.max(...SOURCES.map((s) => newestMtime(path.resolve(s)))) <= builtAt) return;
  log(builtAt ? "sources changed since the last build: building…" : "first start: building the app (about a minute)…");
  const result = spawnSync(process.execPath, [nextBin, "build"], { stdio: "inherit", env: { ...process.env, NODE_ENV: "production" } });
  if (result.status !== 0) fail("`next build` failed; see the output above.");
}

const require = createRequire(import.meta.url);
const nextBin = require.resolve("next/dist/bin/next");
if (!args.dev && !args["no-build"]) buildIfNeeded(nextBin);

const port = config.PORT;
if (!(await portFree(port))) {
  fail(`Port ${port} is already in use. Stop the other server or choose another port: PORT=3001 npm start`);
}

const database = await openDatabase().catch((err: Error) => fail(err.message));
log(`database: ${database.describe}`);
try {
  const applied = await applyMigrations(database.url);
  log(applied.length ? `migrations applied: ${applied.join(", ")}` : "migrations: up to date");
} catch (err) {
  await database.close();
  fail(`migrations failed: ${err instanceof Error ? err.message : String(err)}`);
}

if (shouldSeedDemo({ nodeEnv: config.NODE_ENV, embedded: database.embedded, seedFlag: Boolean(args.seed) })) {
  // Asynchronous: the embedded database is served by this process and must keep answering.
  const seed = spawn(process.execPath, [require.resolve("tsx/cli"), "--conditions=react-server", "scripts/db/seed.ts"], {
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: database.url, DATABASE_POOL_SIZE: "1" },
  });
  const status = await new Promise<number | null>((resolve) => seed.on("exit", resolve));
  if (status !== 0) {
    await database.close();
    fail("seeding demo data failed; see the output above.");
  }
}

const childEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  DATABASE_POOL_SIZE: database.embedded ? "1" : String(config.DATABASE_POOL_SIZE),
  HELIX_EMBEDDED_DB: database.embedded ? "1" : "0",
  AUTH_SECRET: authSecret(),
  PORT: String(port),
};
const child = spawn(process.execPath, [nextBin, args.dev ? "dev" : "start", "-p", String(port)], { stdio: ["inherit", "pipe", "inherit"], env: childEnv });
child.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (/Ready in|✓ Ready/.test(chunk.toString())) {
    log(`Helix is up at http://localhost:${port} (${((Date.now() - started) / 1000).toFixed(1)} s after npm start)`);
  }
});

let stopping = false;
async function stop(code: number) {
  if (stopping) return;
  stopping = true;
  child.kill("SIGTERM");
  await database.close().catch(() => {});
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));
child.on("exit", (code) => void stop(code ?? 0));

async function portFree(p: number): Promise<boolean> {
  const { createServer } = await import("node:net");
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(false));
    srv.listen(p, () => srv.close(() => resolve(true)));
  });
}
