import "server-only";
import { analyzeText } from "@/lib/matching/analyze";
import { glossary } from "@/lib/matching/concepts";
import { explainMatch } from "@/lib/matching/explain";
import { inferSectors } from "@/lib/matching/infer";
import { COUNT_KEY } from "@/lib/matching/keys";
import { rankKey, rankScore, relevance, type Ranker } from "@/lib/matching/ranker";
import learntRanker from "@/lib/matching/ranker.json";
import { combine, prepareQuery, scoreFit, scorePrepared, type ChallengeFit, type OfferFit, type Reason } from "@/lib/matching/score";
import { selectCandidateKeys } from "@/lib/matching/select-keys";
import { unpackProfile } from "@/lib/matching/vector";
import { isNationwide } from "@/lib/geo/provinces";
import { db } from "@/lib/server/db/client";
import { Prisma } from "@/lib/server/db/generated/client";
import { keyStats } from "./key-stats";
import type { MatchListing } from "./match-data";

export type Match = { id: string; organizationId: string; score: number; reasons: Reason[] };

/** live: published, unexpired listings (the marketplace); all: every listing not archived (an isolated batch database). */
export type MatchScope = "live" | "all";

/** How many candidates PostgreSQL hands to the TypeScript re-ranking. */
const POOL = 150;
/** How many of the best of them (as the listing reads them) are also read the other way round. */
const RECIPROCAL_POOL = 30;

const ranker: Ranker = learntRanker;

type CandidateRow = {
  id: string; organizationId: string; vector: Uint8Array | null; sectors: string[]; languages: string[];
  trl: number; dealTypes: string[]; price: bigint | null; province: string;
};

const asProvince = (p: string) => (isNationwide(p) ? null : p);

/**
 * The best listings of the other side for one listing: candidates from PostgreSQL (GIN over
 * concept and word keys, pre-ranked by the rarest shared keys), then re-ranked here: the 30
 * best by text similarity and fit (TRL, deal types, price, sectors, region) are read both
 * ways and ranked by the learnt ranker (lib/matching/ranker.ts), each with its reasons.
 * `showPrice` false leaves price and budget out of both the score and the reasons.
 */
export async function findMatches({ listing, top = 10, scope = "live", showPrice, exclude = new Set<string>(), minScore = 0 }: {
  listing: MatchListing; top?: number; scope?: MatchScope; showPrice: boolean; exclude?: Set<string>; minScore?: number;
}): Promise<Match[]> {
  const g = glossary();
  const profile = analyzeText(g, listing.text);
  const sectors = [...new Set([...listing.sectors, ...inferSectors(g, profile.concepts)])];
  const other = listing.kind === "offer" ? "challenge" : "offer";

  const df = await keyStats(other, profile.keys);
  const n = df.get(COUNT_KEY) ?? 0;
  if (!n) return [];
  const idf = (key: number) => {
    const d = df.get(key);
    return d ? Math.log(1 + n / d) : 0;
  };
  const selected = selectCandidateKeys(profile, idf, (k) => df.get(k) ?? 0);
  if (!selected.keys.length) return [];

  const table = other === "offer" ? Prisma.raw(`"Offer"`) : Prisma.raw(`"Challenge"`);
  // A literal, not a parameter: only then can the planner use that side's partial GIN index.
  const side = Prisma.raw(other === "offer" ? `'offer'` : `'challenge'`);
  const fit = other === "offer"
    ? Prisma.raw(`l."trl" AS "trl", l."askingPriceVnd" AS "price"`)
    : Prisma.raw(`l."minTrl" AS "trl", l."budgetMaxVnd" AS "price"`);
  const live = (t: Prisma.Sql) =>
    scope === "live"
      ? Prisma.sql`${t}."status" = 'PUBLISHED' AND (${t}."expiresAt" IS NULL OR ${t}."expiresAt" > now())`
      : Prisma.sql`${t}."status" <> 'ARCHIVED'`;
  // Pre-rank: the sum of the weights of the selected keys a candidate has, one containment
  // test per key (C code), rather than a subquery per row (p95 64 → 43 ms at 100k).
  const preScore = Prisma.join(
    selected.keys.map((k, i) => Prisma.sql`CASE WHEN p."keys" @> ARRAY[${k}::int] THEN ${selected.weights[i]!}::real ELSE 0 END`),
    " + ",
  );
  // The profile carries the listing's status, so the index scan, pre-ranking and limit run on
  // the narrow side table alone; only the POOL survivors are joined (and their listing's
  // status checked again, in case its job has not run yet).
  const rows = await db().$queryRaw<CandidateRow[]>`
    WITH c AS (
      SELECT p."listingId", p."vector", p."sectors", p."languages",
             ${preScore} AS pre
      FROM "MatchProfile" p
      WHERE p."side" = ${side} AND p."keys" && ${selected.keys}::int[] AND ${live(Prisma.raw(`p`))}
      ORDER BY pre DESC LIMIT ${POOL})
    SELECT c."listingId" AS "id", l."organizationId", c."vector", c."sectors", c."languages",
           ${fit}, l."dealTypes"::text[] AS "dealTypes", l."province"
    FROM c JOIN ${table} l ON l."id" = c."listingId"
    WHERE ${live(Prisma.raw(`l`))}
    ORDER BY c.pre DESC`;

  const query = prepareQuery(profile, idf);
  const scored = [];
  for (const r of rows) {
    if (exclude.has(r.id)) continue;
    const candidate = unpackProfile(r.vector ?? new Uint8Array(0));
    const text = scorePrepared(query, candidate);
    if (text.text <= 0) continue;
    const them = { dealTypes: r.dealTypes, province: asProvince(r.province), sectors: r.sectors };
    const price = r.price === null ? null : Number(r.price);
    const [offer, challenge]: [OfferFit, ChallengeFit] =
      listing.kind === "offer"
        ? [{ ...listing.offerFit!, sectors }, { ...them, minTrl: r.trl, budgetVnd: price }]
        : [{ ...them, trl: r.trl, askingPriceVnd: price }, { ...listing.challengeFit!, sectors }];
    const f = scoreFit(offer, challenge, { showPrice });
    scored.push({ r, candidate, text, fit: f, forward: combine(text.text, f) });
  }
  scored.sort((a, b) => b.forward - a.forward || a.r.id.localeCompare(b.r.id));
  const best = scored.slice(0, Math.max(RECIPROCAL_POOL, top));
  if (!best.length) return [];

  // The other way round: each candidate read as the query, its keys weighted by how rare they
  // are among listings of this listing's side, against this listing. The two readings, the
  // challenge's and the offer's, and whether the pair shares a language, rank it (ranker.ts).
  const ownDf = await keyStats(listing.kind, best.flatMap((b) => b.candidate.keys));
  const own = ownDf.get(COUNT_KEY) ?? 0;
  const ownIdf = (key: number) => {
    const d = ownDf.get(key);
    return d && own ? Math.log(1 + own / d) : 0;
  };
  const matches: Match[] = [];
  for (const b of best) {
    const reverse = scorePrepared(prepareQuery(b.candidate, ownIdf), profile);
    const [need, offer] = listing.kind === "challenge" ? [b.text, reverse] : [reverse, b.text];
    const readings = { needConcept: need.concept, needWord: need.word, offerConcept: offer.concept, offerWord: offer.word };
    const z = relevance(ranker, readings, b.r.languages[0] === profile.languages[0]);
    const score = rankScore(ranker, rankKey(z, b.fit));
    if (score < minScore || score <= 0) continue;
    matches.push({ id: b.r.id, organizationId: b.r.organizationId, score, reasons: explainMatch(b.text, profile, b.fit) });
  }
  matches.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  return matches.slice(0, top);
}
