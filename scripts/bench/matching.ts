// npm run bench:matching — matching latency at 100,000 offers and 100,000 challenges.
// 1. Creates a fresh database `helix_bench_matching` on the PostgreSQL server of
//    DATABASE_URL (or 127.0.0.1:5432), migrates it and fills it with deterministic listings
//    written from the glossary's terms in Vietnamese and English (each listing is about a
//    few concepts of one domain, plus business vocabulary and filler words).
// 2. Builds every match profile (bulk rebuild) and times it.
// 3. Times matching one challenge against all offers, for 500 challenges (p50, p95).
// 4. Times the whole job that runs after a new listing is published (profile, matches,
//    stored pairs, alerts), for 20 new offers.
// Options: --n 100000 --queries 500 --reuse
import { parseArgs } from "node:util";
import os from "node:os";
import pg from "pg";
import { applyMigrations } from "../../lib/db/migrations";
import { GLOSSARY_FILES } from "../../lib/matching/concepts";
import { percentile, seededRandom } from "./random";

const { values: o } = parseArgs({ options: { n: { type: "string", default: "100000" }, queries: { type: "string", default: "500" }, reuse: { type: "boolean" } } });
const N = Number(o.n);
const server = new URL(process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres");
const benchUrl = new URL(server);
benchUrl.pathname = "/helix_bench_matching";

const { rand, pick } = seededRandom(20261201);
// Zipf-like: early concepts of a domain are used far more often than late ones.
const zipf = <T>(xs: readonly T[]) => xs[Math.min(xs.length - 1, Math.floor(xs.length * rand() ** 2.2))]!;
const pct = percentile;

const FILLER = {
  vi: ["giải pháp", "quy trình", "nâng cao", "hiệu quả", "cho doanh nghiệp", "giảm chi phí", "ứng dụng", "thử nghiệm", "quy mô", "sản xuất", "chất lượng", "nhà máy", "cần", "đã", "đạt"],
  en: ["solution", "process", "improve", "efficiency", "for companies", "lower cost", "applied", "tested", "scale", "production", "quality", "plant", "needs", "proven", "reaches"],
};
const DEALS = ["LICENSE", "ASSIGNMENT", "CO_RESEARCH", "COMMISSIONED_RESEARCH", "KNOW_HOW", "SPIN_OFF", "EQUIPMENT_SHARING", "EXPERT_SECONDMENT"];
const PROVINCES = ["ha-noi", "ho-chi-minh", "da-nang", "can-tho", "hai-phong", "hue", "bac-ninh", "dong-nai", "quang-ninh", "nghe-an", "khanh-hoa", "lam-dong"];
const domains = Object.entries(GLOSSARY_FILES).filter(([name]) => name !== "business").map(([, f]) => f.concepts);
const business = GLOSSARY_FILES.business?.concepts ?? [];

function text(lang: "vi" | "en", words: number) {
  const domain = pick(domains);
  const topic = Array.from({ length: 3 + Math.floor(rand() * 4) }, () => zipf(domain));
  const term = (c: (typeof topic)[number]) => pick(c[lang].length ? c[lang] : c.en);
  const title = `${term(topic[0]!)} ${pick(FILLER[lang])} ${term(topic[1]!)}`;
  const body: string[] = [];
  while (body.length < words) {
    const r = rand();
    body.push(r < 0.45 ? term(pick(topic)) : r < 0.55 && business.length ? term(zipf(business)) : pick(FILLER[lang]));
  }
  return { title, body: body.join(" ") };
}

async function prepare() {
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = 'helix_bench_matching'")).rowCount;
  if (exists && o.reuse) {
    await admin.end();
    console.log("reusing helix_bench_matching");
    return false;
  }
  await admin.query("DROP DATABASE IF EXISTS helix_bench_matching WITH (FORCE)");
  await admin.query("CREATE DATABASE helix_bench_matching");
  await admin.end();
  await applyMigrations(benchUrl.toString());
  const c = new pg.Client({ connectionString: benchUrl.toString() });
  await c.connect();
  const t0 = Date.now();
  await c.query(`INSERT INTO "Organization" ("id","name","slug","kind","province","verificationStatus","updatedAt")
    SELECT 'bench-org-' || g, 'Tổ chức ' || g, 'bench-org-' || g, (ARRAY['UNIVERSITY','RESEARCH_INSTITUTE','ENTERPRISE','GOVERNMENT_AGENCY'])[1 + g % 4]::"OrganizationKind", 'ha-noi', 'VERIFIED', now() FROM generate_series(1, 500) g`);
  for (const kind of ["Offer", "Challenge"] as const) {
    for (let start = 0; start < N; start += 2000) {
      const rows = Array.from({ length: Math.min(2000, N - start) }, (_, i) => {
        const lang = rand() < 0.55 ? "vi" : "en";
        const t = text(lang, 40);
        return { id: `bench-${kind.toLowerCase()}-${start + i + 1}`, org: `bench-org-${1 + ((start + i) % 500)}`, lang, ...t,
          trl: 1 + Math.floor(rand() * 9), deal: `{${pick(DEALS)}${rand() < 0.5 ? `,${pick(DEALS)}` : ""}}`, province: pick(PROVINCES),
          money: String((100 + Math.floor(rand() * 20000)) * 1_000_000) };
      });
      const col = (f: keyof (typeof rows)[number]) => rows.map((r) => r[f]);
      const [body, trl, money] = kind === "Offer" ? ['"summary"', '"trl"', '"askingPriceVnd"'] : ['"problem"', '"minTrl"', '"budgetMaxVnd"'];
      await c.query(
        `INSERT INTO "${kind}" ("id","organizationId","createdById","status","language","title",${body},${trl},"dealTypes","sectorCodes","province",${money},"publishedAt","expiresAt","updatedAt")
         SELECT id, org, 'bench', 'PUBLISHED', lang, title, body, trl, deal::"DealType"[], '{}', province, money::bigint, now(), now() + interval '300 days', now()
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[], $8::text[], $9::text[]) AS t(id, org, lang, title, body, trl, deal, province, money)`,
        [col("id"), col("org"), col("lang"), col("title"), col("body"), col("trl"), col("deal"), col("province"), col("money")],
      );
    }
  }
  await c.query(`ANALYZE`);
  await c.end();
  console.log(`generated ${N} offers and ${N} challenges in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  return true;
}

const fresh = await prepare();
process.env.DATABASE_URL = benchUrl.toString();
process.env.DATABASE_POOL_SIZE = "4";
const { rebuildMatchProfiles } = await import("../../lib/server/matching/rebuild-profiles");
const { findMatches } = await import("../../lib/server/matching/find-matches");
const { loadMatchListing } = await import("../../lib/server/matching/match-data");
const { handleListingChanged } = await import("../../lib/server/matching/on-listing-changed");
const { db, disconnectDb } = await import("../../lib/server/db/client");

const counted = Number((await db().$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "MatchKeyStat"`))[0]!.n);
if (fresh || !counted) {
  const t0 = Date.now();
  await rebuildMatchProfiles();
  await db().$executeRawUnsafe(`ANALYZE "MatchProfile"`);
  console.log(`built ${2 * N} match profiles in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const ids = Array.from({ length: Number(o.queries) }, () => `bench-challenge-${1 + Math.floor(rand() * N)}`);
for (const id of ids.slice(0, 20)) await findMatches({ listing: (await loadMatchListing("challenge", id))!, showPrice: true }); // warm-up
const times: number[] = [];
let found = 0;
for (const id of ids) {
  const listing = (await loadMatchListing("challenge", id))!;
  const t = performance.now();
  const m = await findMatches({ listing, top: 10, showPrice: true });
  times.push(performance.now() - t);
  found += m.length;
}
console.log(`match one challenge against ${N} offers (${ids.length} challenges, top 10, ${(found / ids.length).toFixed(1)} results each): p50 ${pct(times, 50).toFixed(1)} ms, p95 ${pct(times, 95).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms`);

const jobs: number[] = [];
for (let i = 0; i < 20; i++) {
  const t = text(rand() < 0.5 ? "vi" : "en", 40);
  const id = `bench-new-offer-${Date.now()}-${i}`;
  await db().offer.create({ data: { id, organizationId: "bench-org-1", createdById: "bench", status: "PUBLISHED", language: "vi", title: t.title, summary: t.body, trl: 7, dealTypes: ["LICENSE"], province: "ha-noi", publishedAt: new Date(), expiresAt: new Date(Date.now() + 3e10) } });
  const t0 = performance.now();
  await handleListingChanged({ kind: "offer", id });
  jobs.push(performance.now() - t0);
}
console.log(`recompute for one new offer (profile, matches against ${N} challenges, stored pairs, alerts; 20 offers): p50 ${pct(jobs, 50).toFixed(1)} ms, max ${Math.max(...jobs).toFixed(1)} ms`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
await disconnectDb();
