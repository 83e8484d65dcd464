// How the text readings of a pair become its rank: a small log-linear model learnt from the
// labelled sets (scripts/learn-ranker.ts writes lib/matching/ranker.json). A pair is read twice —
// the challenge's reading (its keys weighted by rarity among offers) and the offer's (its keys
// by rarity among challenges) — each as a concept and a word similarity; two listings in one
// language and two in different languages get their own weights, because words shared in one
// language are exact evidence and words read through the lexicon are not.
import type { Fit } from "./score";

export type Readings = { needConcept: number; needWord: number; offerConcept: number; offerWord: number };
export type Weights = Readings & { bias: number };
export type Ranker = {
  /** Weights for two listings in one language, and for a pair across languages. */
  same: Weights;
  cross: Weights;
  /** The rank key of the 90th percentile of the pairs brokers picked: it shows as 0.9. */
  anchor: number;
};

const FEATURES = ["needConcept", "needWord", "offerConcept", "offerWord"] as const;

/** The log-relevance of a pair's text: higher is better, 0 when nothing is shared across languages. */
export function relevance(r: Ranker, x: Readings, sameLanguage: boolean): number {
  const w = sameLanguage ? r.same : r.cross;
  let z = w.bias;
  for (const f of FEATURES) z += w[f] * x[f];
  return z;
}

/** What ranks a pair: its text's relevance plus the log of its fit (TRL, deal type, price, sector, region). */
export const rankKey = (z: number, fit: Fit): number => z + Math.log(fit.multiplier);

/**
 * The score shown, in (0, 1), in the order of rankKey: 0.9 at the anchor, and each 0.46 of rank
 * key below it halves the score (a cross-language pair that shares nothing would show 0.15; only
 * pairs that share keys are candidates), and a fit factor shows as a multiplier (a TRL one level
 * short, ×0.55 on the fit, ×0.41 on the score). The spread
 * keeps the thresholds' meaning: 0.3, where pairs are stored and alerted, keeps nine in ten of
 * the pairs brokers picked in the labelled sets, as it did before the ranker.
 * Above the anchor the last tenth is approached and never reached, at the same slope where the
 * two parts meet: the strongest pairs still show in their order (cut at 1, as it once was, one
 * picked pair in twelve showed 100%; now one in a hundred rounds to it).
 */
export const rankScore = (r: Pick<Ranker, "anchor">, key: number): number => {
  const d = key - r.anchor;
  return d <= 0 ? 0.9 * Math.exp(SPREAD * d) : 1 - 0.1 * Math.exp(-((0.9 * SPREAD) / 0.1) * d);
};
const SPREAD = 1.5;

export type TrainingPair = { readings: Readings; sameLanguage: boolean; fit: number };
/** One labelled query: its candidates, which of them a broker picked. */
export type TrainingQuery = { candidates: TrainingPair[]; gold: boolean[] };

const TEMPERATURE = 10;
const L2 = 1e-3;
const ITERATIONS = 3000;
const RATE = 0.05;

function unpack(theta: number[]): Pick<Ranker, "same" | "cross"> {
  const w = (o: number): Weights => ({ needConcept: theta[o]!, needWord: theta[o + 1]!, offerConcept: theta[o + 2]!, offerWord: theta[o + 3]!, bias: theta[o + 4]! });
  return { same: w(0), cross: { ...w(5), bias: 0 } };
}

/**
 * Pairwise logistic ranking (RankNet): every picked candidate of a query should out-rank each
 * of its other candidates (their weights sum to one per picked pair, so a long list does not
 * weigh more). A same-language pick counts `sameWeight` times: two listings in one language
 * meet on many words by chance, and without it the model buys cross-language recall with
 * same-language precision. Full-batch Adam from a fixed start, so the result is deterministic.
 */
export function learnRanker(queries: TrainingQuery[], { sameWeight = 3 }: { sameWeight?: number } = {}): Pick<Ranker, "same" | "cross"> {
  const rows: { x: number[]; same: boolean; lnFit: number }[] = [];
  const pairs: { a: number; b: number; w: number }[] = [];
  for (const q of queries) {
    const ids = q.candidates.map((c) => rows.push({ x: FEATURES.map((f) => c.readings[f]), same: c.sameLanguage, lnFit: Math.log(c.fit) }) - 1);
    const negatives = ids.filter((_, i) => !q.gold[i]);
    ids.forEach((a, i) => {
      if (!q.gold[i] || !negatives.length) return;
      const w = (q.candidates[i]!.sameLanguage ? sameWeight : 1) / negatives.length;
      for (const b of negatives) pairs.push({ a, b, w });
    });
  }
  const total = pairs.reduce((s, p) => s + p.w, 0) || 1;
  const n = 10; // same: 4 weights + bias; cross: 4 weights (+ a bias fixed at 0)
  const theta = new Array<number>(n).fill(0.5);
  theta[4] = 0;
  theta[9] = 0;
  const m = new Array<number>(n).fill(0);
  const v = new Array<number>(n).fill(0);
  const grad = new Array<number>(n);
  const key = new Float64Array(rows.length);
  for (let it = 1; it <= ITERATIONS; it++) {
    rows.forEach((r, i) => {
      const o = r.same ? 0 : 5;
      let z = r.same ? theta[4]! : 0;
      for (let k = 0; k < 4; k++) z += theta[o + k]! * r.x[k]!;
      key[i] = z + r.lnFit;
    });
    grad.fill(0);
    for (const p of pairs) {
      const margin = key[p.a]! - key[p.b]!;
      const g = (-TEMPERATURE * p.w) / (1 + Math.exp(TEMPERATURE * margin)) / total;
      for (const [row, sign] of [[rows[p.a]!, 1], [rows[p.b]!, -1]] as const) {
        const o = row.same ? 0 : 5;
        for (let k = 0; k < 4; k++) grad[o + k]! += sign * g * row.x[k]!;
        if (row.same) grad[4]! += sign * g;
      }
    }
    for (let k = 0; k < n; k++) {
      if (k === 9) continue; // the cross bias is the reference
      const gk = grad[k]! + 2 * L2 * theta[k]!;
      m[k] = 0.9 * m[k]! + 0.1 * gk;
      v[k] = 0.999 * v[k]! + 0.001 * gk * gk;
      theta[k]! -= (RATE * (m[k]! / (1 - 0.9 ** it))) / (Math.sqrt(v[k]! / (1 - 0.999 ** it)) + 1e-8);
    }
  }
  return unpack(theta.map((t) => Math.round(t * 1e4) / 1e4));
}
