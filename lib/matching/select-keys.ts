import type { TextProfile } from "./analyze";

/** Candidate generation reads at most this many postings in all (sum of the chosen keys' df). */
const POSTINGS_BUDGET = 1_000;
const MAX_KEYS = 24;

/**
 * The query keys PostgreSQL looks candidates up by: the most telling ones (query weight ×
 * idf) while their postings fit the budget, so a query costs about the same at any table
 * size. Very common keys add little to any score and are left to the re-ranking.
 */
export function selectCandidateKeys(profile: Pick<TextProfile, "keys" | "weights">, idf: (key: number) => number, df: (key: number) => number) {
  const ranked = profile.keys
    .map((key, i) => ({ key, w: profile.weights[i]! * idf(key), df: df(key) }))
    .filter((k) => k.df > 0)
    .sort((a, b) => b.w - a.w);
  const keys: number[] = [];
  const weights: number[] = [];
  let postings = 0;
  for (const k of ranked) {
    if (keys.length >= MAX_KEYS) break;
    if (postings + k.df > POSTINGS_BUDGET && keys.length > 0) continue;
    keys.push(k.key);
    weights.push(k.w);
    postings += k.df;
  }
  return { keys, weights };
}
