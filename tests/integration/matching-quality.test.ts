// Quality guard for the matching engine on the labelled sets (tests/fixtures/matching), run
// through `npm run match` exactly as `npm run eval:matching` does. The floors sit just under
// the figures recorded in README ("Matching"): a change that makes matching worse fails here.
import { describe, expect, it } from "vitest";
import { evaluateSet } from "../../scripts/eval-matching";

describe("matching quality", () => {
  // 50 challenges (tuned on): same-language recall@1 0.75, cross-language recall@5 0.93 and
  // MRR 0.78, all MRR 0.83 against BM25's 0.49 (2026-12-01, words through the lexicon).
  it("on the development set: cross-language recall@5 ≥ 0.9, well above BM25", async () => {
    const { engine, bm25 } = await evaluateSet("tests/fixtures/matching/dev");
    expect(engine.cross.pairs).toBeGreaterThanOrEqual(27);
    expect(engine.cross.recallAt5).toBeGreaterThanOrEqual(0.9);
    expect(engine.cross.mrr).toBeGreaterThanOrEqual(0.7);
    expect(engine.same.recallAt1).toBeGreaterThanOrEqual(0.7);
    expect(engine.all.mrr).toBeGreaterThan(bm25.all.mrr + 0.2);
  }, 180_000);

  it("on the held-out set (never tuned on): cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25", async () => {
    const { engine, bm25 } = await evaluateSet("tests/fixtures/matching/heldout");
    expect(engine.cross.recallAt5).toBeGreaterThanOrEqual(0.9);
    expect(engine.cross.mrr).toBeGreaterThanOrEqual(0.75);
    expect(engine.same.recallAt1).toBeGreaterThanOrEqual(0.8);
    expect(engine.all.mrr).toBeGreaterThan(bm25.all.mrr + 0.3);
  }, 180_000);

  // Written 2026-12-01 by an author who saw neither the engine nor the glossary; measured on
  // it: same-language recall@1 0.93, cross-language recall@5 1.00 and MRR 0.78.
  it("on the second held-out set (never tuned on): cross-language recall@5 ≥ 0.9 and MRR ≥ 0.75, well above BM25", async () => {
    const { engine, bm25 } = await evaluateSet("tests/fixtures/matching/heldout-b");
    expect(engine.same.pairs).toBeGreaterThanOrEqual(15);
    expect(engine.cross.pairs).toBeGreaterThanOrEqual(16);
    expect(engine.cross.recallAt5).toBeGreaterThanOrEqual(0.9);
    expect(engine.cross.mrr).toBeGreaterThanOrEqual(0.75);
    expect(engine.same.recallAt1).toBeGreaterThanOrEqual(0.85);
    expect(engine.all.mrr).toBeGreaterThan(bm25.all.mrr + 0.3);
  }, 180_000);

  // The third, written the same way later on 2026-12-01 and run only on two engine versions:
  // same-language recall@1 0.87, cross-language recall@5 0.93 and MRR 0.74 (the 0.75
  // is not met here).
  it("on the third held-out set (never tuned on): cross-language recall@5 ≥ 0.9, well above BM25", async () => {
    const { engine, bm25 } = await evaluateSet("tests/fixtures/matching/heldout-c");
    expect(engine.same.pairs).toBeGreaterThanOrEqual(15);
    expect(engine.cross.pairs).toBeGreaterThanOrEqual(15);
    expect(engine.cross.recallAt5).toBeGreaterThanOrEqual(0.9);
    expect(engine.cross.mrr).toBeGreaterThanOrEqual(0.7);
    expect(engine.same.recallAt1).toBeGreaterThanOrEqual(0.8);
    expect(engine.all.mrr).toBeGreaterThan(bm25.all.mrr + 0.25);
  }, 180_000);
});
