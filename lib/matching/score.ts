import { isConceptKey, isNativeKey } from "./keys";

/** The indexed part of a listing's text profile (what PostgreSQL stores and returns). */
export type StoredProfile = { keys: number[]; weights: number[] };

/** What matching weighs besides text, on each side of a pair. Money in VND. */
export type OfferFit = { trl: number | null; dealTypes: string[]; askingPriceVnd: number | null; province: string | null; sectors: string[] };
export type ChallengeFit = { minTrl: number | null; dealTypes: string[]; budgetVnd: number | null; province: string | null; sectors: string[] };

export type Reason =
  /** `terms`: how the query's text named each concept (null: a broader concept it did not name), in `termsLanguage`. */
  | { code: "concepts"; tone: "plus"; concepts: string[]; terms?: (string | null)[]; termsLanguage?: "vi" | "en" }
  | { code: "words"; tone: "plus"; words: string[] }
  | { code: "trlMeets" | "trlBelow"; tone: "plus" | "minus"; trl: number; minTrl: number }
  | { code: "dealMatch"; tone: "plus"; dealTypes: string[] }
  | { code: "dealMismatch"; tone: "minus"; offered: string[]; accepted: string[] }
  | { code: "priceWithin" | "priceAbove"; tone: "plus" | "minus" }
  | { code: "sameSector"; tone: "plus"; sectors: string[] }
  | { code: "sameProvince"; tone: "plus"; province: string };

export type Shared = { key: number; contribution: number };
export type TextScore = { concept: number; word: number; text: number; shared: Shared[] };

/** Prior weight, in concepts, against a query's concept evidence (see conceptConfidence). */
const CONCEPT_PRIOR = 2;

/**
 * How far a query's concepts can be trusted: n / (n + 2) for n concepts (those some candidate
 * has: the others cannot tell candidates apart). A text the glossary
 * reads as one concept ("cơ khí") matches every listing with that concept perfectly; with few
 * concepts the words should speak louder. Constant for one query, so it only shifts the
 * balance between its concept and word channels.
 */
export const conceptConfidence = (n: number): number => n / (n + CONCEPT_PRIOR);

type Channel = "concept" | "english" | "native";

/**
 * A query's side of scoreText, worked out once for all its candidates: each key's
 * idf-weighted weight and channel (keys no candidate has are left out: they cannot tell
 * candidates apart), each channel's norm, and the concept confidence.
 */
export type PreparedQuery = {
  entries: { key: number; q: number; channel: Channel }[];
  norm: Record<Channel, number>;
  vietnamese: boolean;
  confidence: number;
};

export function prepareQuery(query: StoredProfile, idf: (key: number) => number): PreparedQuery {
  const entries: PreparedQuery["entries"] = [];
  const squares: Record<Channel, number> = { concept: 0, english: 0, native: 0 };
  let concepts = 0;
  for (let i = 0; i < query.keys.length; i++) {
    const key = query.keys[i]!;
    const weight = idf(key);
    if (weight === 0) continue;
    const channel: Channel = isConceptKey(key) ? "concept" : isNativeKey(key) ? "native" : "english";
    const q = query.weights[i]! * weight;
    entries.push({ key, q, channel });
    squares[channel] += q * q;
    if (channel === "concept") concepts++;
  }
  return {
    entries,
    norm: { concept: Math.sqrt(squares.concept), english: Math.sqrt(squares.english), native: Math.sqrt(squares.native) },
    vietnamese: query.keys.some(isNativeKey),
    confidence: conceptConfidence(concepts),
  };
}

/**
 * Text similarity of a query profile to a candidate, per channel: the cosine of the
 * query's idf-weighted vector with the candidate's unit vector. Concepts are shared across
 * languages through the glossary. Words are compared in a language both sides share: two
 * Vietnamese listings by their own syllables and syllable pairs (exact, where the lexicon's
 * English reading of a syllable is lossy), any other pair by English words (a Vietnamese
 * listing's through the lexicon). The concept cosine is scaled by the query's concept
 * confidence; concepts and words combine as a noisy-OR. Many candidates of one query:
 * prepareQuery once, then scorePrepared.
 */
export function scoreText(query: StoredProfile, candidate: StoredProfile, idf: (key: number) => number): TextScore {
  return scorePrepared(prepareQuery(query, idf), candidate);
}

export function scorePrepared(query: PreparedQuery, candidate: StoredProfile): TextScore {
  const cand = new Map<number, number>();
  let candidateVietnamese = false;
  for (let i = 0; i < candidate.keys.length; i++) {
    cand.set(candidate.keys[i]!, candidate.weights[i]!);
    if (isNativeKey(candidate.keys[i]!)) candidateVietnamese = true;
  }
  const words: Channel = query.vietnamese && candidateVietnamese ? "native" : "english";
  let cDot = 0, wDot = 0;
  const shared: Shared[] = [];
  for (const { key, q, channel } of query.entries) {
    if (channel !== "concept" && channel !== words) continue; // words are read in one language per pair
    const d = cand.get(key);
    if (!d) continue;
    if (channel === "concept") cDot += q * d;
    else wDot += q * d;
    shared.push({ key, contribution: q * d });
  }
  const concept = query.norm.concept ? (cDot / query.norm.concept) * query.confidence : 0;
  const word = query.norm[words] ? wDot / query.norm[words] : 0;
  const text = concept + word * (1 - concept);
  shared.sort((a, b) => b.contribution - a.contribution);
  return { concept, word, text, shared };
}


/** Below the required TRL a candidate ranks much lower, the more so the wider the gap. */
const TRL_GAP = [1, 0.55, 0.4, 0.25];
const NO_COMMON_DEAL = 0.6;
const PRICE_SOMEWHAT_ABOVE = 0.8; // up to 1.5 × budget
const PRICE_FAR_ABOVE = 0.55;
const SAME_SECTOR = 1.05;
const SAME_PROVINCE = 1.03;

export type Fit = { multiplier: number; reasons: Reason[] };

/**
 * The non-text factors of an (offer, challenge) pair, each with its reason. `showPrice`
 * is false when the viewer may not see the offer's price or the challenge's budget.
 */
export function scoreFit(offer: OfferFit, challenge: ChallengeFit, { showPrice }: { showPrice: boolean }): Fit {
  let m = 1;
  const reasons: Reason[] = [];
  if (offer.trl != null && challenge.minTrl != null && challenge.minTrl > 1) {
    const gap = challenge.minTrl - offer.trl;
    if (gap <= 0) reasons.push({ code: "trlMeets", tone: "plus", trl: offer.trl, minTrl: challenge.minTrl });
    else {
      m *= TRL_GAP[Math.min(gap, TRL_GAP.length - 1)]!;
      reasons.push({ code: "trlBelow", tone: "minus", trl: offer.trl, minTrl: challenge.minTrl });
    }
  }
  if (offer.dealTypes.length && challenge.dealTypes.length) {
    const common = offer.dealTypes.filter((d) => challenge.dealTypes.includes(d));
    if (common.length) reasons.push({ code: "dealMatch", tone: "plus", dealTypes: common });
    else {
      m *= NO_COMMON_DEAL;
      reasons.push({ code: "dealMismatch", tone: "minus", offered: offer.dealTypes, accepted: challenge.dealTypes });
    }
  }
  if (showPrice && offer.askingPriceVnd != null && challenge.budgetVnd != null && challenge.budgetVnd > 0) {
    const ratio = offer.askingPriceVnd / challenge.budgetVnd;
    if (ratio > 1) m *= ratio <= 1.5 ? PRICE_SOMEWHAT_ABOVE : PRICE_FAR_ABOVE;
    reasons.push(ratio <= 1 ? { code: "priceWithin", tone: "plus" } : { code: "priceAbove", tone: "minus" });
  }
  const sectors = offer.sectors.filter((s) => challenge.sectors.includes(s));
  if (sectors.length) {
    m *= SAME_SECTOR;
    reasons.push({ code: "sameSector", tone: "plus", sectors: sectors.slice(0, 2) });
  }
  if (offer.province && offer.province === challenge.province) {
    m *= SAME_PROVINCE;
    reasons.push({ code: "sameProvince", tone: "plus", province: offer.province });
  }
  return { multiplier: m, reasons };
}

/** Final score in [0, 1]: text relevance scaled by fit. */
export function combine(text: number, fit: Fit): number {
  return Math.min(1, Math.max(0, text * fit.multiplier));
}
