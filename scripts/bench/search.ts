// npm run bench:search — search latency at 100,000 offers and 100,000 challenges.
// 1. Creates a fresh database `helix_bench` on the PostgreSQL server of DATABASE_URL (or
//    127.0.0.1:5432), migrates it and fills it with deterministic synthetic listings.
// 2. Times 500 faceted searches through the data access layer (p50, p95).
// 3. Starts the built app (`npm start` path) on that database and measures
//    GET /api/v1/offers?q=… under 32 concurrent clients for a bounded time.
// Options: --n 100000 --searches 500 --clients 32 --seconds 15 --skip-http --reuse
import { spawn } from "node:child_process";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrations";
import { freePort } from "../../lib/db/embedded-server";
import { percentile, seededRandom } from "./random";

const { values: o } = parseArgs({
  options: {
    n: { type: "string", default: "100000" },
    searches: { type: "string", default: "500" },
    clients: { type: "string", default: "32" },
    seconds: { type: "string", default: "15" },
    "skip-http": { type: "boolean" },
    reuse: { type: "boolean" },
  },
});
const N = Number(o.n);
const server = new URL(process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres");
const benchUrl = new URL(server);
benchUrl.pathname = "/helix_bench";

const pct = percentile;
// Deterministic choices, so every run asks the same 500 questions.
const { rand, pick } = seededRandom(12345);

async function prepare() {
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = 'helix_bench'")).rowCount;
  if (exists && o.reuse) {
    await admin.end();
    console.log("reusing helix_bench");
    return;
  }
  await admin.query("DROP DATABASE IF EXISTS helix_bench WITH (FORCE)");
  await admin.query("CREATE DATABASE helix_bench");
  await admin.end();
  await applyMigrations(benchUrl.toString());
  const sql = (await readFile(new URL("./generate-listings.sql", import.meta.url), "utf8")).replaceAll(":orgs", "500").replaceAll(":n", String(N));
  const c = new pg.Client({ connectionString: benchUrl.toString() });
  await c.connect();
  const t0 = Date.now();
  await c.query(sql);
  const counts = await c.query(`SELECT (SELECT count(*) FROM "Offer") AS offers, (SELECT count(*) FROM "Challenge") AS challenges`);
  await c.end();
  console.log(`generated ${counts.rows[0].offers} offers and ${counts.rows[0].challenges} challenges in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const WORDS = ["cong nghe", "vi sinh", "xu ly nuoc thai", "giong lua chiu man", "vac-xin", "xi mang", "tiet kiem than", "cam bien", "biodiesel", "vaccine", "cement kiln", "wastewater treatment", "drone monitoring", "rubber additive", "herbal extract"];
const FIELDS = ["biotechnology", "energy", "advanced-materials", "ai-digital-twin-xr", "robotics-automation"];
const SECTORS = ["agriculture", "environment-water", "construction-materials", "health-pharma", "aquaculture-fisheries", "energy-utilities"];
const DEALS = ["LICENSE", "CO_RESEARCH", "KNOW_HOW", "ASSIGNMENT"];
const PROVINCES = ["ha-noi", "ho-chi-minh", "da-nang", "can-tho"];

function randomQuery(): Record<string, string> {
  const q: Record<string, string> = {};
  if (rand() < 0.8) q.q = pick(WORDS);
  if (rand() < 0.4) q.sector = pick(SECTORS);
  if (rand() < 0.3) q.field = pick(FIELDS);
  if (rand() < 0.3) q.deal = pick(DEALS);
  if (rand() < 0.3) q.province = pick(PROVINCES);
  if (rand() < 0.3) q.trlMin = String(1 + Math.floor(rand() * 7));
  if (rand() < 0.2) q.sort = "newest";
  if (rand() < 0.2) q.page = String(1 + Math.floor(rand() * 3));
  return q;
}

async function benchDataLayer() {
  process.env.DATABASE_URL = benchUrl.toString();
  process.env.DATABASE_POOL_SIZE = "4";
  const { searchOffers, searchChallenges } = await import("../../lib/server/listings/search-listings");
  const { disconnectDb } = await import("../../lib/server/db/client");
  for (let i = 0; i < 20; i++) await searchOffers({ actor: null, params: randomQuery() }); // warm up
  const times: number[] = [];
  const slowest: { ms: number; kind: string; q: Record<string, string>; total: number }[] = [];
  let hits = 0;
  for (let i = 0; i < Number(o.searches); i++) {
    const q = randomQuery();
    const t0 = performance.now();
    const r = i % 2 === 0 ? await searchOffers({ actor: null, params: q }) : await searchChallenges({ actor: null, params: q });
    const ms = performance.now() - t0;
    times.push(ms);
    slowest.push({ ms, kind: i % 2 === 0 ? "offers" : "challenges", q, total: r.total });
    hits += r.total;
  }
  if (process.env.BENCH_VERBOSE) {
    for (const x of slowest.sort((a, b) => b.ms - a.ms).slice(0, 8)) console.log(`  ${x.ms.toFixed(0)} ms ${x.kind} ${JSON.stringify(x.q)} → ${x.total}`);
  }
  await disconnectDb();
  console.log(
    `data layer: ${times.length} faceted searches (half offers, half challenges) p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; mean hits ${(hits / times.length).toFixed(0)}`,
  );
}

async function benchHttp() {
  const port = await freePort();
  const child = spawn(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: benchUrl.toString(), PORT: String(port), NODE_ENV: "production", AUTH_SECRET: "bench-secret-bench-secret-bench-secret!!", DATABASE_POOL_SIZE: "10" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("the app did not start within 300 s")), 300_000);
    child.stdout!.on("data", (b: Buffer) => {
      if (/Helix is up/.test(b.toString())) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => reject(new Error(`the app exited (${code})`)));
  });
  const base = `http://127.0.0.1:${port}/api/v1/offers?q=`;
  const deadline = Date.now() + Number(o.seconds) * 1000;
  const times: number[] = [];
  let errors = 0;
  const client = async () => {
    while (Date.now() < deadline) {
      const t0 = performance.now();
      const res = await fetch(base + encodeURIComponent(pick(WORDS))).catch(() => null);
      if (!res || !res.ok) errors++;
      else await res.arrayBuffer();
      times.push(performance.now() - t0);
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: Number(o.clients) }, client));
  const seconds = (Date.now() - started) / 1000;
  child.kill("SIGTERM");
  console.log(
    `HTTP GET /api/v1/offers?q=… with ${o.clients} concurrent clients for ${seconds.toFixed(0)} s: ${(times.length / seconds).toFixed(0)} req/s, p50 ${pct(times, 50).toFixed(0)} ms, p95 ${pct(times, 95).toFixed(0)} ms, errors ${errors}`,
  );
}

console.log(`bench:search on ${server.host}, ${N} offers + ${N} challenges`);
await prepare();
await benchDataLayer();
if (!o["skip-http"]) await benchHttp();
process.exit(0);
