// The matching engine's text readings of every (challenge, offer) pair of a labelled set, in
// memory: what `npm run match` computes through the database (the same analysis, key counts
// of the set's own listings, candidate keys and fit), without it, for learning the ranker.
import { readFile } from "node:fs/promises";
import { analyzeText, type Language, type TextProfile } from "../../lib/matching/analyze";
import { glossary } from "../../lib/matching/concepts";
import { inferSectors } from "../../lib/matching/infer";
import type { Readings, TrainingQuery } from "../../lib/matching/ranker";
import { prepareQuery, scoreFit, scorePrepared } from "../../lib/matching/score";
import { selectCandidateKeys } from "../../lib/matching/select-keys";
import { detectLanguage } from "../../lib/matching/text";
import { normalizeListingProvince } from "../../lib/geo/old-provinces";
import { NATIONWIDE } from "../../lib/geo/provinces";

type Rec = Record<string, unknown> & { id: string; title: string };
const str = (v: unknown) => (typeof v === "string" ? v : "");
const num = (v: unknown) => (typeof v === "number" ? v : null);
const list = (v: unknown) => (Array.isArray(v) ? (v as string[]) : []);
const province = (p: unknown) => {
  const code = typeof p === "string" ? normalizeListingProvince(p) : null;
  return !code || code === NATIONWIDE.code ? null : code;
};

type Listing = { id: string; language: Language; profile: TextProfile; sectors: string[]; rec: Rec };

function read(rec: Rec, kind: "offer" | "challenge"): Listing {
  const body = kind === "offer" ? str(rec.summary) : str(rec.problem);
  const language = (rec.language === "en" || rec.language === "vi" ? rec.language : detectLanguage(`${rec.title} ${body}`)) as Language;
  const extra = kind === "offer" ? [str(rec.application)] : [str(rec.desiredOutcome)];
  const profile = analyzeText(glossary(), { language, title: rec.title, body, extra });
  profile.weights = profile.weights.map(Math.fround); // as stored (float32)
  return { id: rec.id, language, profile, sectors: inferSectors(glossary(), profile.concepts), rec };
}

function idfOf(side: Listing[]) {
  const df = new Map<number, number>();
  for (const l of side) for (const k of new Set(l.profile.keys)) df.set(k, (df.get(k) ?? 0) + 1);
  return { df: (k: number) => df.get(k) ?? 0, idf: (k: number) => (df.get(k) ? Math.log(1 + side.length / df.get(k)!) : 0) };
}

export type LabelledQuery = TrainingQuery & { id: string; offerIds: string[]; goldIds: string[]; sameLanguageGold: boolean[] };

/** Every challenge of the set with its candidate offers' readings, fit and labels. */
export async function labelledQueries(base: string): Promise<LabelledQuery[]> {
  const input = JSON.parse(await readFile(`${base}.json`, "utf8")) as { offers: Rec[]; challenges: Rec[] };
  const gold = JSON.parse(await readFile(`${base}.gold.json`, "utf8")) as Record<string, string[]>;
  const offers = input.offers.map((o) => read(o, "offer"));
  const challenges = input.challenges.map((c) => read(c, "challenge"));
  const amongOffers = idfOf(offers);
  const amongChallenges = idfOf(challenges);
  const offerReadings = new Map(offers.map((o) => [o.id, prepareQuery(o.profile, amongChallenges.idf)]));
  const language = new Map(offers.map((o) => [o.id, o.language]));
  return challenges.map((c) => {
    const selected = new Set(selectCandidateKeys(c.profile, amongOffers.idf, amongOffers.df).keys);
    const need = prepareQuery(c.profile, amongOffers.idf);
    const goldIds = gold[c.id] ?? [];
    const q: LabelledQuery = { id: c.id, candidates: [], gold: [], offerIds: [], goldIds, sameLanguageGold: goldIds.map((g) => language.get(g) === c.language) };
    for (const o of offers) {
      if (!o.profile.keys.some((k) => selected.has(k))) continue;
      const forward = scorePrepared(need, o.profile);
      if (forward.text <= 0) continue;
      const reverse = scorePrepared(offerReadings.get(o.id)!, c.profile);
      const readings: Readings = { needConcept: forward.concept, needWord: forward.word, offerConcept: reverse.concept, offerWord: reverse.word };
      const fit = scoreFit(
        { trl: num(o.rec.trl), dealTypes: list(o.rec.transferTypes), askingPriceVnd: num(o.rec.askingPriceVnd), province: province(o.rec.province), sectors: o.sectors },
        { minTrl: num(c.rec.minTrl), dealTypes: list(c.rec.transferTypes), budgetVnd: num(c.rec.budgetVnd), province: province(c.rec.province), sectors: c.sectors },
        { showPrice: true },
      );
      q.candidates.push({ readings, sameLanguage: c.language === o.language, fit: fit.multiplier });
      q.gold.push(q.goldIds.includes(o.id));
      q.offerIds.push(o.id);
    }
    return q;
  });
}
