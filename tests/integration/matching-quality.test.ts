// Quality guard for the matching engine on the labelled sets (tests/fixtures/matching), run
// through `npm run match` exactly as `npm run eval:matching` does. The floors sit just under
// the figures recorded in README ("Matching"): a change that makes matching worse fails here.
import { describe, expect, it } from "vitest";
import { evaluateSet, SETS } from "../../scripts/eval-matching";

type Floors = { samePairs?: number; crossPairs?: number; crossRecallAt5: number; crossMrr: number; sameRecallAt1: number; overBm25: number };

// What each set measured on 2026-12-01 (words through the lexicon), and the floors under it.
const CASES: { set: string; about: string; floors: Floors }[] = [
  {
    // 50 challenges (tuned on): same-language recall@1 0.75, cross-language recall@5 0.93 and
    // MRR 0.78, all MRR 0.83 against BM25's 0.49.
    set: "dev",
    about: "on the development set: cross-language recall@5 ≥ 0.9, well above BM25",
    floors: { crossPairs: 27, crossRecallAt5: 0.9, crossMrr: 0.7, sameRecallAt1: 0.7, overBm25: 0.2 },
  },
  {
    set: "heldout",
    about: "on the held-out set (never tuned on): cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { crossRecallAt5: 0.9, crossMrr: 0.75, sameRecallAt1: 0.8, overBm25: 0.3 },
  },
  {
    // Written 2026-12-01 by an author who saw neither the engine nor the glossary: same-language
    // recall@1 0.93, cross-language recall@5 1.00 and MRR 0.78.
    set: "heldout-b",
    about: "on the second held-out set (never tuned on): cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { samePairs: 15, crossPairs: 16, crossRecallAt5: 0.9, crossMrr: 0.75, sameRecallAt1: 0.85, overBm25: 0.3 },
  },
  {
    // The third, written the same way later that day and run only on two engine versions:
    // same-language recall@1 0.87, cross-language recall@5 0.93 and MRR 0.74 (the 0.75
    // is not met here).
    set: "heldout-c",
    about: "on the third held-out set (never tuned on): cross-language recall@5 ≥ 0.9, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.7, sameRecallAt1: 0.8, overBm25: 0.25 },
  },
  {
    // The fourth and fifth, written the same way in the next session and run once on this
    // engine (and once on a rejected candidate): same-language recall@1 0.93 and 0.73,
    // cross-language recall@5 1.00 and 1.00, MRR 0.86 and 0.78.
    set: "heldout-d",
    about: "on the fourth held-out set (never tuned on): cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.8, sameRecallAt1: 0.9, overBm25: 0.3 },
  },
  {
    set: "heldout-e",
    about: "on the fifth held-out set (never tuned on): cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.75, sameRecallAt1: 0.7, overBm25: 0.25 },
  },
];

describe("matching quality", () => {
  for (const { set, about, floors } of CASES) {
    it(about, async () => {
      const { engine, bm25 } = await evaluateSet(SETS[set]!);
      if (floors.samePairs !== undefined) expect(engine.same.pairs).toBeGreaterThanOrEqual(floors.samePairs);
      if (floors.crossPairs !== undefined) expect(engine.cross.pairs).toBeGreaterThanOrEqual(floors.crossPairs);
      expect(engine.cross.recallAt5).toBeGreaterThanOrEqual(floors.crossRecallAt5);
      expect(engine.cross.mrr).toBeGreaterThanOrEqual(floors.crossMrr);
      expect(engine.same.recallAt1).toBeGreaterThanOrEqual(floors.sameRecallAt1);
      expect(engine.all.mrr).toBeGreaterThan(bm25.all.mrr + floors.overBm25);
    }, 180_000);
  }
});
