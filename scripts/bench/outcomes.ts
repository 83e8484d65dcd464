// npm run bench:outcomes — the outcome dashboards' queries at 100,000 listings and 20,000 contracts.
// 1. Creates a fresh database `helix_bench_outcomes` on the PostgreSQL server of DATABASE_URL
//    (or 127.0.0.1:5432), migrates it and fills it, deterministically and in bulk (multi-row
//    INSERT … SELECT FROM unnest batches), with ~300 organisations of every kind (some abroad,
//    plus foreign suppliers known only by name), 50,000 offers + 50,000 challenges published
//    over 2022–2026, 60,000 deals across the stages with consistent stage times, ~20,000
//    transfer contracts (one version each, direction from the parties' countries) and ~40,000
//    milestones, daily listing views and stored match pairs. VACUUM ANALYZE, load time printed.
// 2. Times each view's data function (lib/server/outcomes, the functions behind the pages,
//    API and CSV exports) as an admin and, where it applies, as a state agency's member or the
//    intermediary / owner itself: 200 runs per view over a fixed mix of filters (none, a
//    period, a field, a sector, a province, combinations). p50 / p95 / max per view. The
//    unfiltered summary is refreshed first through the job queue, as the app's worker does;
//    its refresh time and the live "first view after a change" are printed too.
// Options: --runs 200 --scale 1 (data size factor) --keep (leave the database) --reuse (use a
// kept database as it is) --verbose (the slowest filters of each view).
import { parseArgs } from "node:util";
import os from "node:os";
import pg from "pg";
import type { Actor } from "../../lib/auth/permissions";
import { applyMigrations } from "../../lib/db/migrations";
import { PROVINCES } from "../../lib/geo/provinces";
import { SECTORS, TECHNOLOGY_FIELDS } from "../../lib/taxonomy/data";
import { percentile, seededRandom } from "./random";

const { values: o } = parseArgs({
  options: {
    runs: { type: "string", default: "200" },
    scale: { type: "string", default: "1" },
    keep: { type: "boolean" },
    reuse: { type: "boolean" },
    verbose: { type: "boolean" },
  },
});
const SCALE = Number(o.scale);
const N_OFFERS = Math.round(50_000 * SCALE);
const N_CHALLENGES = Math.round(50_000 * SCALE);
const N_DEALS = Math.round(60_000 * SCALE);
const N_CONTRACTS = Math.round(20_000 * SCALE);
const DB_NAME = "helix_bench_outcomes";
const server = new URL(process.env.DATABASE_URL || "postgresql://postgres@127.0.0.1:5432/postgres");
const benchUrl = new URL(server);
benchUrl.pathname = `/${DB_NAME}`;

const { rand, pick } = seededRandom(20261201);
// Fixed "today", so the data does not depend on the day the benchmark runs.
const NOW = Date.UTC(2026, 11, 1);
const DAY = 86_400_000;
const START = Date.UTC(2022, 0, 1);
/** Skewed choice: early items far more often than late ones. */
const zipf = <T>(xs: readonly T[], power = 2) => xs[Math.min(xs.length - 1, Math.floor(xs.length * rand() ** power))]!;
/** Exponential delay in days with the given median. */
const delayDays = (median: number) => (-Math.log(1 - rand()) * median) / Math.LN2;
const iso = (t: number) => new Date(t).toISOString();
const isoDay = (t: number) => iso(t).slice(0, 10);
const pgArray = (xs: readonly string[]) => `{${xs.join(",")}}`;
const some = <T>(xs: readonly T[], max: number, power = 1.6) => [...new Set(Array.from({ length: 1 + Math.floor(rand() * max) }, () => zipf(xs, power)))];
function gaussian() {
  return Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
}

const FIELD_CODES = TECHNOLOGY_FIELDS.map((f) => f.code);
const SECTOR_CODES = SECTORS.map((s) => s.code);
// Listings and organisations cluster in the big cities (the list starts with them).
const PROVINCE_CODES = PROVINCES.map((p) => p.code);
const FOREIGN = ["JP", "KR", "DE", "US", "CN", "FR", "SG", "IL", "NL", "TW"];
const FOREIGN_SUPPLIERS = [
  ["Fraunhofer-Gesellschaft", "DE"], ["Siemens Energy AG", "DE"], ["Toshiba Infrastructure Systems", "JP"], ["Kubota Corporation", "JP"],
  ["Samsung SDI", "KR"], ["KIST Korea Institute of Science and Technology", "KR"], ["Netafim Ltd", "IL"], ["Wageningen University & Research", "NL"],
  ["Huawei Technologies", "CN"], ["CNBM International", "CN"], ["Schneider Electric", "FR"], ["A*STAR", "SG"], ["ITRI", "TW"],
  ["General Electric Vernova", "US"], ["Corteva Agriscience", "US"], ["Hitachi Zosen", "JP"],
] as const;
const DEAL_TYPES = ["LICENSE", "ASSIGNMENT", "CO_RESEARCH", "COMMISSIONED_RESEARCH", "KNOW_HOW", "SPIN_OFF", "EQUIPMENT_SHARING", "EXPERT_SECONDMENT"] as const;
const CONTRACT_TYPE: Record<(typeof DEAL_TYPES)[number], string> = {
  LICENSE: "LICENSE_NON_EXCLUSIVE", ASSIGNMENT: "ASSIGNMENT", CO_RESEARCH: "CO_RESEARCH", COMMISSIONED_RESEARCH: "COMMISSIONED_RESEARCH",
  KNOW_HOW: "KNOW_HOW", SPIN_OFF: "SPIN_OFF", EQUIPMENT_SHARING: "EQUIPMENT_SHARING", EXPERT_SECONDMENT: "EXPERT_SECONDMENT",
};
const IP = [["PATENT_GRANTED", 8], ["PATENT_PENDING", 12], ["UTILITY_SOLUTION", 8], ["PLANT_VARIETY", 4], ["COPYRIGHT", 5], ["TRADE_SECRET", 13], ["NONE", 50]] as const;
const WORDS = {
  vi: ["chế phẩm vi sinh", "xử lý nước thải", "giống lúa chịu mặn", "vắc-xin cúm gia cầm", "thức ăn thủy sản", "xi măng tro bay", "pin mặt trời", "vật liệu nano", "cảm biến IoT", "robot hàn", "chiết xuất dược liệu", "bảo quản sau thu hoạch", "truy xuất nguồn gốc", "chẩn đoán ung thư", "sấy nông sản"],
  en: ["microbial product", "wastewater treatment", "salt-tolerant rice", "avian influenza vaccine", "shrimp feed", "fly-ash cement", "solar cells", "nanomaterials", "IoT sensors", "welding robot", "herbal extract", "post-harvest storage", "traceability", "cancer diagnostics", "crop drying"],
};
function weighted<T extends string>(xs: readonly (readonly [T, number])[]): T {
  const total = xs.reduce((s, [, w]) => s + w, 0);
  let r = rand() * total;
  for (const [x, w] of xs) if ((r -= w) < 0) return x;
  return xs[xs.length - 1]![0];
}
/** A publication time between 2022 and today, more of them recent (the platform grows). */
const publishedTime = () => START + (NOW - 2 * DAY - START) * Math.sqrt(rand());
const text = (lang: "vi" | "en", n: number) => Array.from({ length: n }, () => pick(WORDS[lang])).join(lang === "vi" ? ", " : ", ");

type Value = string | number | boolean | null | undefined;
/** Inserts rows in batches: every column travels as one text[] parameter and is cast in SQL. */
async function insert(c: pg.Client, table: string, cols: readonly (readonly [string, string])[], rows: Value[][]) {
  const sql = `INSERT INTO "${table}" (${cols.map(([n]) => `"${n}"`).join(", ")})
    SELECT ${cols.map(([, t], j) => `c${j}::${t}`).join(", ")} FROM unnest(${cols.map((_, j) => `$${j + 1}::text[]`).join(", ")}) AS t(${cols.map((_, j) => `c${j}`).join(", ")})`;
  for (let i = 0; i < rows.length; i += 5000) {
    const batch = rows.slice(i, i + 5000);
    await c.query(sql, cols.map((_, j) => batch.map((r) => (r[j] === null || r[j] === undefined ? null : String(r[j])))));
  }
}

type Org = { id: string; kind: string; province: string; country: string };
type Listing = { kind: "offer" | "challenge"; id: string; org: Org; status: string; publishedAt: number | null; fields: string[]; sectors: string[]; province: string; stateFunded: boolean; listedBy: Org | null };

async function generate(c: pg.Client) {
  // Organisations: 50 universities, 50 institutes, 130 enterprises (20 abroad), 40 intermediaries, 30 agencies.
  const orgs: Org[] = [];
  const orgRows: Value[][] = [];
  const plan = [["UNIVERSITY", 50], ["RESEARCH_INSTITUTE", 50], ["ENTERPRISE", 130], ["INTERMEDIARY", 40], ["GOVERNMENT_AGENCY", 30]] as const;
  const itypes = ["TECHNOLOGY_EXCHANGE", "TRANSFER_OFFICE", "INNOVATION_CENTER", "INCUBATOR", "CONSULTANCY", "TRADE_OFFICE", "IP_VALUATION"];
  for (const [kind, count] of plan) {
    for (let i = 0; i < count; i++) {
      const n = orgs.length + 1;
      const abroad = kind === "ENTERPRISE" && i >= 110;
      const org: Org = { id: `bo-org-${n}`, kind, province: zipf(PROVINCE_CODES, 2.5), country: abroad ? FOREIGN[i % FOREIGN.length]! : "VN" };
      orgs.push(org);
      const name = abroad ? `${["Nippon", "Hanil", "Rhein", "Pacific", "Huaxin", "Lumière", "Lion City", "Negev", "Delta", "Formosa"][i % 10]} Technology Co. ${n}` : `${{ UNIVERSITY: "Trường Đại học", RESEARCH_INSTITUTE: "Viện", ENTERPRISE: "Công ty", INTERMEDIARY: "Trung tâm chuyển giao", GOVERNMENT_AGENCY: "Sở KH&CN" }[kind]} thử nghiệm ${n}`;
      orgRows.push([org.id, name, org.id, kind, org.province, org.country, rand() < 0.92 ? "VERIFIED" : "PENDING", kind === "INTERMEDIARY" ? pick(itypes) : null,
        kind === "INTERMEDIARY" ? pgArray(some(PROVINCE_CODES, 3)) : "{}", kind === "INTERMEDIARY" ? pgArray(some(FIELD_CODES, 3)) : "{}", iso(START - 30 * DAY), iso(NOW)]);
    }
  }
  await insert(c, "Organization", [["id", "text"], ["name", "text"], ["slug", "text"], ["kind", '"OrganizationKind"'], ["province", "text"], ["country", "text"],
    ["verificationStatus", '"VerificationStatus"'], ["intermediaryType", '"IntermediaryType"'], ["servedRegions", "text[]"], ["servedFields", "text[]"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"]], orgRows);
  const byKind = (...kinds: string[]) => orgs.filter((x) => kinds.includes(x.kind) && x.country === "VN");
  const research = byKind("UNIVERSITY", "RESEARCH_INSTITUTE");
  const enterprises = byKind("ENTERPRISE");
  const foreignEnterprises = orgs.filter((x) => x.country !== "VN");
  const intermediaries = byKind("INTERMEDIARY");
  const agencies = byKind("GOVERNMENT_AGENCY");

  // Listings.
  const listings: Listing[] = [];
  const status = () => weighted([["PUBLISHED", 88], ["CLOSED", 5], ["ARCHIVED", 2], ["DRAFT", 5]] as const);
  const offerRows: Value[][] = [];
  for (let i = 1; i <= N_OFFERS; i++) {
    const org = rand() < 0.85 ? pick(research) : pick(enterprises);
    const st = status();
    const publishedAt = st === "DRAFT" ? null : publishedTime();
    const created = (publishedAt ?? NOW - delayDays(60) * DAY) - delayDays(5) * DAY;
    const lang = rand() < 0.7 ? "vi" : "en";
    const listedBy = rand() < 0.1 ? pick(intermediaries) : null;
    const l: Listing = { kind: "offer", id: `bo-offer-${i}`, org, status: st, publishedAt, fields: some(FIELD_CODES, 2), sectors: some(SECTOR_CODES, 2),
      province: rand() < 0.05 ? "toan-quoc" : rand() < 0.8 ? org.province : zipf(PROVINCE_CODES), stateFunded: org.kind !== "ENTERPRISE" && rand() < 0.4, listedBy };
    listings.push(l);
    const completeness = rand(); // 30% complete business case, 40% partial, 30% none
    const f = (share: number) => completeness < 0.3 || (completeness < 0.7 && rand() < share);
    offerRows.push([l.id, org.id, listedBy?.id, "bench", st, lang, text(lang, 2), text(lang, 8), f(0.7) ? text(lang, 3) : null, f(0.5) ? "Doanh nghiệp chế biến" : null,
      1 + Math.floor(rand() * 9), weighted(IP), l.stateFunded, pgArray([pick(DEAL_TYPES)]), pgArray(l.fields), pgArray(l.sectors), l.province,
      f(0.4) ? "1.200 tỷ đồng/năm" : null, f(0.4) ? "45.000 đ/kg" : null, f(0.5) ? "giảm 20% chi phí" : null, f(0.3) ? "3 tỷ đồng" : null,
      f(0.5) ? (100 + Math.floor(rand() * 20_000)) * 1_000_000 : null, f(0.3) ? text(lang === "vi" ? "en" : "vi", 2) : null, f(0.3) ? text(lang === "vi" ? "en" : "vi", 6) : null,
      publishedAt && iso(publishedAt), publishedAt && iso(publishedAt + 365 * DAY), iso(created), iso(publishedAt ?? created)]);
  }
  await insert(c, "Offer", [["id", "text"], ["organizationId", "text"], ["listedByOrganizationId", "text"], ["createdById", "text"], ["status", '"ListingStatus"'], ["language", "text"],
    ["title", "text"], ["summary", "text"], ["application", "text"], ["targetCustomers", "text"], ["trl", "int"], ["ipStatus", '"IpStatus"'], ["stateFunded", "boolean"],
    ["dealTypes", '"DealType"[]'], ["fieldCodes", "text[]"], ["sectorCodes", "text[]"], ["province", "text"], ["marketSize", "text"], ["unitCost", "text"],
    ["efficiencyGain", "text"], ["investmentNeeded", "text"], ["askingPriceVnd", "bigint"], ["titleTranslated", "text"], ["summaryTranslated", "text"],
    ["publishedAt", "timestamp"], ["expiresAt", "timestamp"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"]], offerRows);
  offerRows.length = 0;

  const challengeRows: Value[][] = [];
  for (let i = 1; i <= N_CHALLENGES; i++) {
    const org = rand() < 0.8 ? pick(enterprises) : pick(agencies);
    const st = status();
    const publishedAt = st === "DRAFT" ? null : publishedTime();
    const created = (publishedAt ?? NOW - delayDays(60) * DAY) - delayDays(5) * DAY;
    const lang = rand() < 0.75 ? "vi" : "en";
    const commissioned = org.kind === "GOVERNMENT_AGENCY" && rand() < 0.6;
    const l: Listing = { kind: "challenge", id: `bo-challenge-${i}`, org, status: st, publishedAt, fields: some(FIELD_CODES, 2), sectors: some(SECTOR_CODES, 2),
      province: rand() < 0.05 ? "toan-quoc" : rand() < 0.85 ? org.province : zipf(PROVINCE_CODES), stateFunded: commissioned, listedBy: null };
    listings.push(l);
    const full = rand() < 0.4;
    const budget = (200 + Math.floor(rand() * 30_000)) * 1_000_000;
    challengeRows.push([l.id, org.id, "bench", st, lang, commissioned, text(lang, 2), text(lang, 8), full || rand() < 0.5 ? text(lang, 3) : null, 1 + Math.floor(rand() * 9),
      full || rand() < 0.3 ? isoDay((publishedAt ?? NOW) + (90 + rand() * 365) * DAY) : null, pgArray([pick(DEAL_TYPES)]), pgArray(l.fields), pgArray(l.sectors), l.province,
      full ? "Vận hành ở 40°C, độ ẩm cao" : null, full ? Math.round(budget / 3) : null, full || rand() < 0.4 ? budget : null,
      publishedAt && iso(publishedAt), publishedAt && iso(publishedAt + 365 * DAY), iso(created), iso(publishedAt ?? created)]);
  }
  await insert(c, "Challenge", [["id", "text"], ["organizationId", "text"], ["createdById", "text"], ["status", '"ListingStatus"'], ["language", "text"], ["stateCommissioned", "boolean"],
    ["title", "text"], ["problem", "text"], ["desiredOutcome", "text"], ["minTrl", "int"], ["deadline", "timestamp"], ["dealTypes", '"DealType"[]'], ["fieldCodes", "text[]"],
    ["sectorCodes", "text[]"], ["province", "text"], ["constraints", "text"], ["budgetMinVnd", "bigint"], ["budgetMaxVnd", "bigint"],
    ["publishedAt", "timestamp"], ["expiresAt", "timestamp"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"]], challengeRows);
  challengeRows.length = 0;

  // Deals: popular listings draw more interest; each moves through the stages with a chance to
  // advance, stay or close at every step, its stage times consistent and never after today.
  const published = listings.filter((l) => l.publishedAt !== null);
  const offers = published.filter((l) => l.kind === "offer");
  const challenges = published.filter((l) => l.kind === "challenge");
  const dealRows: Value[][] = [];
  const ndaRows: Value[][] = [];
  type Contracted = { dealId: string; listing: Listing; owner: Org; partner: Org; intermediary: Org | null; dealType: (typeof DEAL_TYPES)[number]; contractedAt: number; agreedAt: number };
  const contracted: Contracted[] = [];
  const ADVANCE = { INTEREST: 0.66, NDA: 0.76, NEGOTIATION: 0.6, AGREED: 0.82 } as const;
  for (let i = 1; i <= N_DEALS; i++) {
    const listing = rand() < 0.65 ? zipf(offers, 1.4) : zipf(challenges, 1.4);
    const owner = listing.org;
    let partner: Org;
    do partner = listing.kind === "offer" ? (rand() < 0.08 ? pick(foreignEnterprises) : rand() < 0.85 ? pick(enterprises) : pick(agencies)) : rand() < 0.06 ? pick(foreignEnterprises) : rand() < 0.7 ? pick(research) : pick(enterprises);
    while (partner.id === owner.id);
    const intermediary = listing.listedBy ?? (rand() < 0.2 ? pick(intermediaries) : null);
    const byIntermediary = intermediary !== null && rand() < 0.5;
    let t = listing.publishedAt! + delayDays(35) * DAY;
    if (t > NOW - DAY) t = listing.publishedAt! + rand() * (NOW - DAY - listing.publishedAt!);
    const createdAt = t;
    const times: Partial<Record<"respondedAt" | "ndaAt" | "negotiationAt" | "agreedAt" | "contractedAt", number>> = {};
    let stage: string = "INTEREST";
    let closed: "DECLINED" | "WITHDRAWN" | null = null;
    let version = 1;
    for (const [from, next, key, median] of [["INTEREST", "NDA", "ndaAt", 6], ["NDA", "NEGOTIATION", "negotiationAt", 8], ["NEGOTIATION", "AGREED", "agreedAt", 30], ["AGREED", "CONTRACTED", "contractedAt", 20]] as const) {
      const step = t + delayDays(median) * DAY;
      const r = rand();
      if (r < ADVANCE[from] && step < NOW) {
        t = step;
        times[key] = t;
        if (from === "INTEREST") times.respondedAt = t;
        stage = next;
        version++;
        continue;
      }
      // Not advanced: recent deals stay open; older ones mostly closed.
      if (step >= NOW || (NOW - t < 60 * DAY && rand() < 0.6)) break;
      closed = from === "INTEREST" ? (rand() < 0.8 ? "DECLINED" : "WITHDRAWN") : rand() < 0.5 ? "DECLINED" : "WITHDRAWN";
      t = step;
      if (from === "INTEREST" && closed === "DECLINED") times.respondedAt = t;
      version++;
      break;
    }
    const id = `bo-deal-${i}`;
    const dealType = pick(DEAL_TYPES);
    if (times.negotiationAt) ndaRows.push([`bo-nda-${i}`, id, partner.id, "bench", "helix-standard-1", "0".repeat(64), iso(times.negotiationAt)]);
    if (stage === "CONTRACTED") contracted.push({ dealId: id, listing, owner, partner, intermediary, dealType, contractedAt: times.contractedAt!, agreedAt: times.agreedAt! });
    dealRows.push([id, listing.kind, listing.kind === "offer" ? listing.id : null, listing.kind === "challenge" ? listing.id : null, owner.id, partner.id, intermediary?.id,
      byIntermediary ? intermediary!.id : partner.id, "bench", closed ?? stage, version, dealType, "Chúng tôi quan tâm đến kết quả này", iso(createdAt + 14 * DAY),
      times.respondedAt && iso(times.respondedAt), closed && pick(["NOT_A_FIT", "TOO_EARLY", "PRICE", "ALREADY_COMMITTED", "OTHER"]),
      closed && (closed === "DECLINED" ? owner.id : pick([owner.id, partner.id])), times.ndaAt && iso(times.ndaAt), times.negotiationAt && iso(times.negotiationAt),
      times.agreedAt && iso(times.agreedAt), times.contractedAt && iso(times.contractedAt), pgArray(listing.fields), pgArray(listing.sectors), listing.province,
      iso(createdAt), iso(t)]);
  }
  await insert(c, "Deal", [["id", "text"], ["listingKind", "text"], ["offerId", "text"], ["challengeId", "text"], ["ownerOrgId", "text"], ["partnerOrgId", "text"],
    ["intermediaryOrgId", "text"], ["initiatorOrgId", "text"], ["createdById", "text"], ["stage", '"DealStage"'], ["version", "int"], ["dealType", '"DealType"'],
    ["message", "text"], ["respondBy", "timestamp"], ["respondedAt", "timestamp"], ["closeReason", '"DealCloseReason"'], ["closedByOrgId", "text"],
    ["ndaAt", "timestamp"], ["negotiationAt", "timestamp"], ["agreedAt", "timestamp"], ["contractedAt", "timestamp"], ["fieldCodes", "text[]"], ["sectorCodes", "text[]"],
    ["province", "text"], ["createdAt", "timestamp"], ["updatedAt", "timestamp"]], dealRows);
  dealRows.length = 0;
  // The partner accepted the NDA when the deal moved to negotiation.
  await insert(c, "NdaAcceptance", [["id", "text"], ["dealId", "text"], ["organizationId", "text"], ["userId", "text"], ["ndaVersion", "text"], ["textSha256", "text"], ["acceptedAt", "timestamp"]], ndaRows);

  // Contracts: one per contracted deal, the rest recorded directly by intermediaries and
  // admins — mostly technology bought from abroad, from suppliers not on the platform.
  const contractRows: Value[][] = [];
  const versionRows: Value[][] = [];
  const milestoneRows: Value[][] = [];
  const value = () => Math.round(Math.min(500e9, Math.max(20e6, Math.exp(Math.log(800e6) + 1.4 * gaussian()))) / 1e6) * 1e6;
  let nMilestones = 0;
  const nDirect = Math.max(N_CONTRACTS - contracted.length, Math.round(N_CONTRACTS * 0.1));
  for (let i = 1; i <= contracted.length + nDirect; i++) {
    const d = contracted[i - 1];
    type Party = { org: Org | null; name: string; country: string };
    const party = (org: Org): Party => ({ org, name: `Tổ chức ${org.id}`, country: org.country });
    let supplier: Party, recipient: Party, listing: Listing | null, intermediary: Org | null, signedAt: number, type: string, createdAt: number;
    if (d) {
      [supplier, recipient] = d.listing.kind === "offer" ? [party(d.owner), party(d.partner)] : [party(d.partner), party(d.owner)];
      listing = d.listing;
      intermediary = d.intermediary;
      signedAt = Math.max(d.agreedAt, d.contractedAt - rand() * 10 * DAY);
      createdAt = d.contractedAt;
      type = d.dealType === "LICENSE" && rand() < 0.3 ? "LICENSE_EXCLUSIVE" : CONTRACT_TYPE[d.dealType];
    } else {
      const r = rand();
      const [fname, fcountry] = pick(FOREIGN_SUPPLIERS);
      listing = r < 0.4 ? null : zipf(r < 0.75 ? offers : challenges, 1.2);
      if (r < 0.6) {
        supplier = { org: null, name: fname, country: fcountry };
        recipient = party(listing?.kind === "challenge" ? listing.org : pick(enterprises));
      } else if (r < 0.9) {
        supplier = party(listing?.kind === "offer" ? listing.org : pick(research));
        recipient = party(listing?.kind === "challenge" ? listing.org : pick(enterprises));
      } else {
        supplier = party(listing?.kind === "offer" ? listing.org : pick(research));
        recipient = rand() < 0.5 ? party(pick(foreignEnterprises)) : { org: null, name: `${fname} Vietnam Partner`, country: fcountry };
      }
      if (supplier.country !== "VN" && recipient.country !== "VN") recipient = party(pick(enterprises));
      intermediary = rand() < 0.7 ? pick(intermediaries) : null;
      const from = listing?.publishedAt ?? START;
      signedAt = from + rand() * (NOW - DAY - from);
      createdAt = signedAt + delayDays(10) * DAY;
      if (createdAt > NOW) createdAt = NOW - rand() * DAY;
      type = pick(Object.values(CONTRACT_TYPE));
    }
    const direction = supplier.country === "VN" ? (recipient.country === "VN" ? "DOMESTIC" : "OUTBOUND") : "INBOUND";
    const vnd = value() * (direction === "INBOUND" ? 3 : 1);
    const vnParty = supplier.country === "VN" ? supplier.org : recipient.org;
    const province = listing?.province ?? vnParty?.province ?? "";
    const id = `bo-contract-${i}`;
    const stateFunded = listing?.stateFunded ?? rand() < 0.1;
    const title = `Hợp đồng chuyển giao ${i}`;
    const createdBy = intermediary && !d ? intermediary.id : (d?.owner.id ?? null);
    contractRows.push([id, `bench-${i}`, d?.dealId, "bench", createdBy, title, type, supplier.org?.id, supplier.name, supplier.country, recipient.org?.id, recipient.name, recipient.country,
      intermediary?.id, direction, vnd, isoDay(signedAt), stateFunded, listing?.kind === "offer" ? listing.id : null, listing?.kind === "challenge" ? listing.id : null,
      pgArray(listing?.fields ?? []), pgArray(listing?.sectors ?? []), province, supplier.org?.kind ?? null, iso(createdAt), iso(createdAt)]);
    const foreign = direction === "INBOUND" && rand() < 0.7;
    const rate = 25_000 + Math.floor(rand() * 1_500);
    versionRows.push([`bo-cv-${i}`, id, 1, "bench", createdBy, title, type, supplier.org?.id, supplier.name, supplier.country, recipient.org?.id, recipient.name, recipient.country,
      intermediary?.id, direction, vnd, foreign ? "USD" : null, foreign ? (vnd / rate).toFixed(2) : null, foreign ? rate : null, foreign ? isoDay(signedAt) : null,
      isoDay(signedAt), rand() < 0.6 ? 12 * (1 + Math.floor(rand() * 5)) : null, stateFunded, direction !== "DOMESTIC" && rand() < 0.5 ? `${1000 + i}/ĐK-BKHCN` : null,
      direction !== "DOMESTIC" ? isoDay(signedAt + 20 * DAY) : null, iso(createdAt)]);
    const count = weighted([["0", 15], ["1", 20], ["2", 25], ["3", 25], ["4", 15]] as const);
    for (let p = 1; p <= Number(count); p++) {
      const due = signedAt + p * (60 + rand() * 120) * DAY;
      const done = due < NOW && rand() < 0.8;
      milestoneRows.push([`bo-ms-${++nMilestones}`, id, p, `Giai đoạn ${p}`, isoDay(due), Math.round(vnd / Number(count)), done ? "DONE" : "PENDING", done ? "Biên bản nghiệm thu" : null,
        done ? iso(Math.min(NOW - DAY, due + rand() * 20 * DAY)) : null, done ? "bench" : null, iso(createdAt)]);
    }
  }
  await insert(c, "TransferContract", [["id", "text"], ["idempotencyKey", "text"], ["dealId", "text"], ["createdById", "text"], ["createdByOrgId", "text"], ["title", "text"],
    ["type", '"ContractType"'], ["supplierOrgId", "text"], ["supplierName", "text"], ["supplierCountry", "text"], ["recipientOrgId", "text"], ["recipientName", "text"],
    ["recipientCountry", "text"], ["intermediaryOrgId", "text"], ["direction", '"TransferDirection"'], ["valueVnd", "bigint"], ["signedAt", "date"], ["stateFunded", "boolean"],
    ["offerId", "text"], ["challengeId", "text"], ["fieldCodes", "text[]"], ["sectorCodes", "text[]"], ["province", "text"], ["supplierKind", "text"],
    ["createdAt", "timestamp"], ["updatedAt", "timestamp"]], contractRows);
  await insert(c, "ContractVersion", [["id", "text"], ["contractId", "text"], ["version", "int"], ["changedById", "text"], ["changedByOrgId", "text"], ["title", "text"],
    ["type", '"ContractType"'], ["supplierOrgId", "text"], ["supplierName", "text"], ["supplierCountry", "text"], ["recipientOrgId", "text"], ["recipientName", "text"],
    ["recipientCountry", "text"], ["intermediaryOrgId", "text"], ["direction", '"TransferDirection"'], ["valueVnd", "bigint"], ["currency", "text"], ["foreignAmount", "numeric"],
    ["exchangeRate", "numeric"], ["rateDate", "date"], ["signedAt", "date"], ["termMonths", "int"], ["stateFunded", "boolean"], ["registrationNumber", "text"],
    ["registrationDate", "date"], ["createdAt", "timestamp"]], versionRows);
  await insert(c, "ContractMilestone", [["id", "text"], ["contractId", "text"], ["position", "int"], ["title", "text"], ["dueDate", "date"], ["amountVnd", "bigint"],
    ["status", '"MilestoneStatus"'], ["evidence", "text"], ["doneAt", "timestamp"], ["doneById", "text"], ["createdAt", "timestamp"]], milestoneRows);

  // Daily views of 6,000 listings over their last 60 days; stored match pairs for 10,000 offers.
  const viewRows: Value[][] = [];
  for (let i = 0; i < 6000 * SCALE; i++) {
    const l = zipf(published, 1.3);
    if (viewRows.length && viewRows[viewRows.length - 1]![1] === l.id) continue;
    for (let d = 1; d <= 60; d++) {
      const day = NOW - d * DAY;
      if (day >= l.publishedAt! && rand() < 0.35) viewRows.push([l.kind, l.id, isoDay(day), 1 + Math.floor(rand() * 20)]);
    }
  }
  const seen = new Set<string>();
  const uniqueViews = viewRows.filter((r) => !seen.has(`${r[1]}|${r[2]}`) && seen.add(`${r[1]}|${r[2]}`));
  await insert(c, "ListingViewDaily", [["listingKind", "text"], ["listingId", "text"], ["day", "date"], ["views", "int"]], uniqueViews);
  const pairRows: Value[][] = [];
  const pairSeen = new Set<string>();
  for (let i = 0; i < 10_000 * SCALE; i++) {
    const offer = pick(offers);
    for (let k = 0; k < 1 + Math.floor(rand() * 4); k++) {
      const ch = pick(challenges);
      if (pairSeen.has(`${offer.id}|${ch.id}`)) continue;
      pairSeen.add(`${offer.id}|${ch.id}`);
      pairRows.push([offer.id, ch.id, (0.3 + rand() * 0.6).toFixed(3), "{}", iso(NOW - rand() * 90 * DAY)]);
    }
  }
  await insert(c, "MatchPair", [["offerId", "text"], ["challengeId", "text"], ["score", "double precision"], ["reasons", "jsonb"], ["computedAt", "timestamp"]], pairRows);
  // The state autovacuum keeps a live database in (PostgreSQL 13+ vacuums after inserts too):
  // statistics, and a visibility map, so index-only scans need not visit the table.
  await c.query("VACUUM ANALYZE");
}

async function prepare(): Promise<void> {
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  const exists = (await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [DB_NAME])).rowCount;
  if (exists && o.reuse) {
    await admin.end();
    const applied = await applyMigrations(benchUrl.toString());
    if (applied.length) {
      // A migration's backfill leaves dead rows and clears the visibility map (index-only scans).
      const c = new pg.Client({ connectionString: benchUrl.toString() });
      await c.connect();
      await c.query("VACUUM ANALYZE");
      await c.end();
    }
    console.log(`reusing ${DB_NAME}${applied.length ? `, applied ${applied.join(", ")} (then VACUUM ANALYZE)` : ""}`);
    return;
  }
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DB_NAME}`);
  await admin.end();
  await applyMigrations(benchUrl.toString());
  const c = new pg.Client({ connectionString: benchUrl.toString() });
  await c.connect();
  const t0 = Date.now();
  await generate(c);
  const seconds = (Date.now() - t0) / 1000;
  const counts = (await c.query(`SELECT (SELECT count(*) FROM "Organization") AS orgs, (SELECT count(*) FROM "Offer") AS offers, (SELECT count(*) FROM "Challenge") AS challenges,
    (SELECT count(*) FROM "Deal") AS deals, (SELECT count(*) FROM "TransferContract") AS contracts, (SELECT count(*) FROM "ContractMilestone") AS milestones,
    (SELECT count(*) FROM "ListingViewDaily") AS views, (SELECT count(*) FROM "NdaAcceptance") AS ndas, (SELECT count(*) FROM "MatchPair") AS pairs`)).rows[0];
  const stages = (await c.query(`SELECT stage, count(*)::int AS n FROM "Deal" GROUP BY 1 ORDER BY 1`)).rows.map((r) => `${r.stage} ${r.n}`).join(", ");
  const directions = (await c.query(`SELECT direction, count(*)::int AS n FROM "TransferContract" GROUP BY 1 ORDER BY 1`)).rows.map((r) => `${r.direction} ${r.n}`).join(", ");
  await c.end();
  console.log(`generated ${counts.orgs} organisations, ${counts.offers} offers, ${counts.challenges} challenges, ${counts.deals} deals, ${counts.contracts} contracts, ` +
    `${counts.milestones} milestones, ${counts.ndas} NDA acceptances, ${counts.views} listing-day view rows, ${counts.pairs} match pairs in ${seconds.toFixed(1)} s (incl. VACUUM ANALYZE)`);
  console.log(`  deals by stage: ${stages}; contracts by direction: ${directions}`);
}

// Filters: a fixed mix, the same on every run (its own generator, so --reuse asks the same).
const q = seededRandom(6);
const PERIODS = [
  ["2026-01-01", "2026-12-31"], ["2025-01-01", "2025-12-31"], ["2024-01-01", "2024-12-31"], ["2022-01-01", "2023-12-31"],
  ["2026-07-01", "2026-09-30"], ["2025-10-01", "2025-12-31"], ["2025-12-01", "2026-11-30"], ["2024-04-01", "2024-06-30"],
] as const;
type Filters = { from?: string; to?: string; field?: string; sector?: string; province?: string };
const MIX: ((f: Filters) => void)[][] = (() => {
  const period = (f: Filters) => void ([f.from, f.to] = q.pick(PERIODS));
  const field = (f: Filters) => void (f.field = q.pick(FIELD_CODES));
  const sector = (f: Filters) => void (f.sector = q.pick(SECTOR_CODES));
  const province = (f: Filters) => void (f.province = PROVINCE_CODES[Math.floor(PROVINCE_CODES.length * q.rand() ** 2)]!);
  return [[], [period], [field], [sector], [province], [period, field], [sector, province], [period, field, province], [field, sector], [period, sector, province]];
})();
const filterMix = (runs: number) => Array.from({ length: runs }, (_, i) => {
  const f: Filters = {};
  for (const set of MIX[i % MIX.length]!) set(f);
  return f;
});
const describe = (f: Filters) => Object.entries(f).map(([k, v]) => `${k}=${v}`).join(" ") || "(none)";

console.log(`bench:outcomes on ${server.host}`);
await prepare();
process.env.DATABASE_URL = benchUrl.toString();
process.env.DATABASE_POOL_SIZE = process.env.DATABASE_POOL_SIZE || "10";
const { getMarketOverview } = await import("../../lib/server/outcomes/get-market-overview");
const { getStateIndicators } = await import("../../lib/server/outcomes/get-state-indicators");
const { getIntermediaryOutcomes } = await import("../../lib/server/outcomes/get-intermediary-outcomes");
const { getListingOutcomes } = await import("../../lib/server/outcomes/get-listing-outcomes");
const { db, disconnectDb } = await import("../../lib/server/db/client");
const { runDueJobs } = await import("../../lib/server/jobs/run-jobs");

const RUNS = Number(o.runs);
const admin: Actor = { userId: "bench-admin", name: "Bench admin", email: "admin@bench.invalid", platformRole: "ADMIN", memberships: [] };
const member = (organizationId: string): Actor => ({ userId: `bench-${organizationId}`, name: "Bench member", email: `${organizationId}@bench.invalid`, platformRole: "USER", memberships: [{ organizationId, role: "MEMBER", verified: true }] });
const orgsOf = async (kind: string) => (await db().$queryRawUnsafe<{ id: string }[]>(`SELECT "id" FROM "Organization" WHERE "kind" = '${kind}' AND "verificationStatus" = 'VERIFIED' ORDER BY "id"`)).map((r) => r.id);
const agencies = await orgsOf("GOVERNMENT_AGENCY");
const intermediaryIds = await orgsOf("INTERMEDIARY");
// Listings with some activity and listings at random, with their owners.
const listingRows = await db().$queryRawUnsafe<{ kind: "offer" | "challenge"; id: string; org: string }[]>(`
  SELECT 'offer' AS kind, "id", "organizationId" AS org FROM "Offer" WHERE "status" = 'PUBLISHED' UNION ALL
  SELECT 'challenge', "id", "organizationId" FROM "Challenge" WHERE "status" = 'PUBLISHED' ORDER BY 2`);
const randomListing = () => listingRows[Math.floor(q.rand() * listingRows.length)]!;

type Case = { view: string; who: string; call: (f: Filters) => Promise<unknown>; filters: Filters[] };
const filters = filterMix(RUNS);
const cases: Case[] = [
  { view: "market overview", who: "signed out", call: (f) => getMarketOverview({ actor: null, filters: f }), filters },
  { view: "market overview", who: "admin", call: (f) => getMarketOverview({ actor: admin, filters: f }), filters },
  { view: "state indicators", who: "admin", call: (f) => getStateIndicators({ actor: admin, filters: f }), filters },
  { view: "state indicators", who: "agency member", call: (f) => getStateIndicators({ actor: member(q.pick(agencies)), filters: f }), filters },
  { view: "intermediary", who: "admin, random intermediary", call: (f) => getIntermediaryOutcomes({ actor: admin, organizationId: q.pick(intermediaryIds), filters: f }), filters },
  { view: "intermediary", who: "its member, own", call: (f) => getIntermediaryOutcomes({ actor: member(q.pick(intermediaryIds)), filters: f }), filters },
  // Only the owner (or the offer's listing intermediary) sees it; the period filter applies.
  { view: "listing (owner view)", who: "its owner, random listing", call: (f) => { const l = randomListing(); return getListingOutcomes({ actor: member(l.org), kind: l.kind, id: l.id, filters: f }); }, filters },
];
// The summary of the unfiltered figures (lib/server/outcomes/summary.ts): the data was just
// written, so the first unfiltered view computes live and queues the refresh; the job queue
// runs it here as the app's worker would. Then a few "first views after a change" are timed
// (a write, then an unfiltered State view, which must compute live).
const touch = () => db().$executeRawUnsafe(`UPDATE "Offer" SET "updatedAt" = "updatedAt" WHERE "id" = (SELECT min("id") FROM "Offer")`);
await touch();
await getStateIndicators({ actor: admin, filters: {} });
let t0 = performance.now();
const ranJobs = await runDueJobs();
const refreshMs = performance.now() - t0;
const afterChange: number[] = [];
for (let i = 0; i < 10; i++) {
  await touch();
  t0 = performance.now();
  await getStateIndicators({ actor: admin, filters: {} });
  afterChange.push(performance.now() - t0);
  await runDueJobs();
}
console.log(`  summary refresh (job queue, ${ranJobs} job): ${refreshMs.toFixed(0)} ms; unfiltered State view right after a change (computed live, 10 runs): p50 ${percentile(afterChange, 50).toFixed(1)} ms, max ${Math.max(...afterChange).toFixed(1)} ms`);

const loadBefore = os.loadavg().map((x) => x.toFixed(1)).join(" ");
const results: { c: Case; times: number[]; slow: { ms: number; f: Filters }[] }[] = [];
for (const c of cases) {
  for (const f of c.filters.slice(0, 10)) await c.call(f); // warm-up
  const times: number[] = [];
  const slow: { ms: number; f: Filters }[] = [];
  for (const f of c.filters) {
    const t0 = performance.now();
    await c.call(f);
    const ms = performance.now() - t0;
    times.push(ms);
    slow.push({ ms, f });
  }
  results.push({ c, times, slow });
  console.log(`  ${c.view} (${c.who}): p95 ${percentile(times, 95).toFixed(1)} ms`);
  if (o.verbose) for (const s of slow.sort((a, b) => b.ms - a.ms).slice(0, 5)) console.log(`    ${s.ms.toFixed(0)} ms ${describe(s.f)}`);
}
const TARGET = 200;
console.log(`\n| view | as | runs | p50 | p95 | max |\n|---|---|---|---|---|---|`);
for (const { c, times } of results) {
  const p95 = percentile(times, 95);
  console.log(`| ${c.view} | ${c.who} | ${times.length} | ${percentile(times, 50).toFixed(1)} ms | ${p95.toFixed(1)} ms${p95 > TARGET ? " ✗" : ""} | ${Math.max(...times).toFixed(1)} ms |`);
}
console.log(`target: p95 < ${TARGET} ms per view; pool ${process.env.DATABASE_POOL_SIZE} connections`);
console.log(`machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, node ${process.version}, ${new Date().toISOString().slice(0, 10)}; ` +
  `load average before the timed runs ${loadBefore}, after ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} (other work on the machine shows here)`);
await disconnectDb();

if (!o.keep) {
  const admin = new pg.Client({ connectionString: server.toString() });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DB_NAME} WITH (FORCE)`);
  await admin.end();
  console.log(`dropped ${DB_NAME} (--keep leaves it)`);
}
process.exit(0);
