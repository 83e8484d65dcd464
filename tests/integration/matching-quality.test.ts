// Quality guard for the matching engine on the labelled sets (tests/fixtures/matching), run
// through `npm run match` exactly as `npm run eval:matching` does. The floors sit just under
// the figures recorded in README ("Matching"): a change that makes matching worse fails here.
import { describe, expect, it } from "vitest";
import learnt from "../../lib/matching/ranker.json";
import { rankKey, relevance } from "../../lib/matching/ranker";
import { evaluateSet, runMatchCli, SETS } from "../../scripts/eval-matching";
import { labelledQueries } from "../../scripts/lib/offline-matching";

type Floors = { samePairs?: number; crossPairs?: number; crossRecallAt5: number; crossMrr: number; sameRecallAt1: number; overBm25: number };

// What each set measured on 2026-12-01 (two Vietnamese listings compared by their own words,
// generic business words left out, any other pair by English words; a query's concepts
// trusted by how many it has), and the floors under it. Since then every set but W to AD
// (and sample.json) is also what the ranker was learnt from (lib/matching/ranker.json), so on
// them the floors guard against regressions, not overfitting: W to AD judge that (R to V did
// until 2026-12-02, and are learnt from since).
const CASES: { set: string; about: string; floors: Floors }[] = [
  {
    // 50 challenges (tuned on): same-language recall@1 0.84, cross-language recall@5 0.93 and
    // MRR 0.77, all MRR 0.85 against BM25's 0.49.
    set: "dev",
    about: "on the development set: cross-language recall@5 ≥ 0.9, well above BM25",
    // With the learnt ranker: 0.78 same-language, cross-language 0.96 and 0.85.
    floors: { crossPairs: 27, crossRecallAt5: 0.9, crossMrr: 0.7, sameRecallAt1: 0.75, overBm25: 0.2 },
  },
  {
    // same-language recall@1 0.92, cross-language recall@5 1.00 and MRR 0.92
    set: "heldout",
    about: "on held-out A: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { crossRecallAt5: 0.9, crossMrr: 0.75, sameRecallAt1: 0.8, overBm25: 0.3 },
  },
  {
    // B to I were written by authors who saw neither the engine nor the glossary.
    // B: same-language recall@1 0.93, cross-language recall@5 1.00 and MRR 0.77.
    set: "heldout-b",
    about: "on held-out B: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { samePairs: 15, crossPairs: 16, crossRecallAt5: 0.9, crossMrr: 0.75, sameRecallAt1: 0.85, overBm25: 0.3 },
  },
  {
    // C: 0.93, 0.93 and 0.80.
    set: "heldout-c",
    about: "on held-out C: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.75, sameRecallAt1: 0.85, overBm25: 0.3 },
  },
  {
    // D: 0.93, 1.00 and 0.86.
    set: "heldout-d",
    about: "on held-out D: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.8, sameRecallAt1: 0.9, overBm25: 0.3 },
  },
  {
    // E: 0.73, 1.00 and 0.83; 0.67 same-language once stopwords were read by their marks (a
    // near tie on cashew shells, 0.594 against 0.585, went the other way).
    set: "heldout-e",
    about: "on held-out E: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.75, sameRecallAt1: 0.65, overBm25: 0.3 },
  },
  {
    // F: 0.87, 0.93 and 0.84.
    set: "heldout-f",
    about: "on held-out F: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.8, sameRecallAt1: 0.8, overBm25: 0.3 },
  },
  {
    // G: 1.00, 1.00 and 0.88.
    set: "heldout-g",
    about: "on held-out G: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.85, sameRecallAt1: 0.9, overBm25: 0.4 },
  },
  {
    // H (run on two versions only): 0.80, 1.00 and 0.77.
    set: "heldout-h",
    about: "on held-out H: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.75, sameRecallAt1: 0.75, overBm25: 0.3 },
  },
  {
    // I (run on two versions only): 0.93, 1.00 and 0.87.
    set: "heldout-i",
    about: "on held-out I: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.8, sameRecallAt1: 0.9, overBm25: 0.35 },
  },
  {
    // J to M were written last and run once, on this engine. J: 1.00, 1.00 and 0.80.
    set: "heldout-j",
    about: "on held-out J: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.75, sameRecallAt1: 0.9, overBm25: 0.4 },
  },
  {
    // K: 0.93, 0.80 and 0.63 — the cross-language targets are missed here (glossary gaps:
    // seed-purity testing, sugarcane harvesting, tobacco curing, dragon-fruit stem canker).
    set: "heldout-k",
    about: "on held-out K: well above BM25 (cross-language recall@5 0.80 and MRR 0.63, under the issue's targets)",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.75, crossMrr: 0.6, sameRecallAt1: 0.9, overBm25: 0.25 },
  },
  {
    // L, run once on this engine: 0.47, 0.87 and 0.70 — the hardest set (gold wording kept far
    // from the challenges'; BM25's same-language recall@1 is 0.60 there).
    set: "heldout-l",
    about: "on held-out L: well above BM25 (same-language recall@1 0.47, cross-language recall@5 0.87 and MRR 0.70, under the issue's targets)",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.8, crossMrr: 0.65, sameRecallAt1: 0.4, overBm25: 0.25 },
  },
  {
    // M, run once on this engine: 0.80, 1.00 and 0.81; 0.73 same-language once pairs were read
    // both ways (one pair; over the thirteen sets that change gained one); 0.67 with the ranker.
    set: "heldout-m",
    about: "on held-out M: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.75, sameRecallAt1: 0.65, overBm25: 0.35 },
  },
  // N, O, P and Q, written in a later session and run on its start engine and on the engine
  // that reads pairs both ways: same-language recall@1, cross-language recall@5 and MRR
  // N 1.00, 1.00, 0.93; O 1.00, 1.00, 0.83; P 0.93, 1.00, 0.90; Q 1.00, 1.00, 0.86.
  {
    set: "heldout-n",
    about: "on held-out N: every target (same-language recall@1 ≥ 0.95, cross-language recall@5 ≥ 0.9, MRR ≥ 0.75), well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.85, sameRecallAt1: 0.95, overBm25: 0.4 },
  },
  {
    set: "heldout-o",
    about: "on held-out O: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75 (same-language recall@1 0.93 since the glossary's problems and functions), well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.8, sameRecallAt1: 0.9, overBm25: 0.35 },
  },
  {
    set: "heldout-p",
    about: "on held-out P: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75 (same-language recall@1 0.93), well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.85, sameRecallAt1: 0.9, overBm25: 0.4 },
  },
  {
    set: "heldout-q",
    about: "on held-out Q: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75 (same-language recall@1 0.93 since the glossary's problems and functions), well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.8, sameRecallAt1: 0.9, overBm25: 0.4 },
  },
  // R and S, written to judge the learnt ranker (learnt from since 2026-12-02); run on the session's
  // start engine, on the pair read both ways (geometric mean) and on the ranker: same-language
  // recall@1 R 1.00 and S 0.93 on all three; cross-language recall@5 and MRR R 1.00 and 0.82, S
  // 1.00 and 0.88 with the ranker (R 0.73 before it). With the glossary's processes and needs
  // (2026-12-02): R 1.00, 1.00, 0.79; S 0.93, 0.93, 0.91.
  {
    set: "heldout-r",
    about: "on held-out R: every target, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.75, sameRecallAt1: 0.95, overBm25: 0.35 },
  },
  {
    set: "heldout-s",
    about: "on held-out S: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75 (same-language recall@1 0.93), well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.85, sameRecallAt1: 0.9, overBm25: 0.35 },
  },
  // T, U and V, written blind on 2026-12-02 (learnt from since W to AD were written), run on the engine before and
  // after the glossary's processes and needs: same-language recall@1, cross-language recall@5
  // and MRR T 0.93, 0.93, 0.79 → 1.00, 1.00, 0.86; U 0.93, 1.00, 0.86 → 0.93, 1.00, 0.87;
  // V 0.87, 1.00, 0.87 → 0.87, 1.00, 0.85.
  {
    set: "heldout-t",
    about: "on held-out T: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75 (same-language recall@1 0.93 since the glossary's problems and functions), well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.8, sameRecallAt1: 0.9, overBm25: 0.35 },
  },
  {
    set: "heldout-u",
    about: "on held-out U: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75 (same-language recall@1 0.93), well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.8, sameRecallAt1: 0.9, overBm25: 0.35 },
  },
  {
    set: "heldout-v",
    about: "on held-out V: cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75 (same-language recall@1 0.87), well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.8, sameRecallAt1: 0.85, overBm25: 0.35 },
  },
  // W to Z and AA to AD, written blind on 2026-12-02, never learnt from. W to Z were run on the
  // engine at the start of that session (same-language recall@1, cross-language recall@5 and
  // MRR: W 0.87, 0.93, 0.93; X 1.00, 1.00, 0.87; Y 1.00, 0.93, 0.91; Z 1.00, 1.00, 0.90) and on
  // the final one (the glossary's problems and functions, the ranker learnt on A to V): W 0.93,
  // 0.93, 0.93; X 1.00, 1.00, 0.87; Y 0.93, 1.00, 0.97; Z 1.00, 1.00, 0.90. AA to AD were run
  // once, on the final engine: AA 1.00, 1.00, 0.90; AB 1.00, 0.93, 0.80; AC 1.00, 0.93, 0.74
  // (below the 0.75 on its own); AD 1.00, 1.00, 0.93.
  {
    set: "heldout-w",
    about: "on held-out W (never learnt from): cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75 (same-language recall@1 0.93), well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.85, sameRecallAt1: 0.9, overBm25: 0.35 },
  },
  {
    set: "heldout-x",
    about: "on held-out X (never learnt from): every target, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.8, sameRecallAt1: 0.95, overBm25: 0.35 },
  },
  {
    set: "heldout-y",
    about: "on held-out Y (never learnt from): cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75 (same-language recall@1 0.93), well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.85, sameRecallAt1: 0.9, overBm25: 0.35 },
  },
  {
    set: "heldout-z",
    about: "on held-out Z (never learnt from): every target, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.85, sameRecallAt1: 0.95, overBm25: 0.35 },
  },
  {
    set: "heldout-aa",
    about: "on held-out AA (never learnt from): every target, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.85, sameRecallAt1: 0.95, overBm25: 0.35 },
  },
  {
    set: "heldout-ab",
    about: "on held-out AB (never learnt from): every target, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.75, sameRecallAt1: 0.95, overBm25: 0.35 },
  },
  {
    set: "heldout-ac",
    about: "on held-out AC (never learnt from): same-language recall@1 ≥ 0.95 and cross-language recall@5 ≥ 0.9 (MRR 0.74), well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.7, sameRecallAt1: 0.95, overBm25: 0.3 },
  },
  {
    set: "heldout-ad",
    about: "on held-out AD (never learnt from): every target, well above BM25",
    floors: { samePairs: 15, crossPairs: 15, crossRecallAt5: 0.9, crossMrr: 0.85, sameRecallAt1: 0.95, overBm25: 0.35 },
  },
];

describe("the ranker's training data", () => {
  it("are the readings the service computes: the offline pipeline ranks a set as `npm run match` does", async () => {
    const base = SETS["heldout-b"]!;
    const served = new Map((await runMatchCli(`${base}.json`, 5)).map((r) => [r.id, r.matches.map((m) => m.id)]));
    for (const q of await labelledQueries(base)) {
      const key = (i: number) => rankKey(relevance(learnt, q.candidates[i]!.readings, q.candidates[i]!.sameLanguage), { multiplier: q.candidates[i]!.fit, reasons: [] });
      const order = q.candidates.map((_, i) => i).sort((a, b) => key(b) - key(a) || (q.offerIds[a]! < q.offerIds[b]! ? -1 : 1));
      expect(order.slice(0, 5).map((i) => q.offerIds[i]), q.id).toEqual(served.get(q.id));
    }
  }, 180_000);
});

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
