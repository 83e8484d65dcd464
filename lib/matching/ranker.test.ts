import { describe, expect, it } from "vitest";
import learnt from "./ranker.json";
import { SETS } from "../../scripts/eval-matching";
import { HELD_OUT } from "../../scripts/learn-ranker-sets";
import { labelledQueries } from "../../scripts/lib/offline-matching";
import { learnRanker, rankKey, rankScore, relevance, type Readings, type TrainingQuery } from "./ranker";

const fit = (multiplier: number) => ({ multiplier, reasons: [] });
const none: Readings = { needConcept: 0, needWord: 0, offerConcept: 0, offerWord: 0 };

describe("the learnt ranker", () => {
  it("never ranks a pair lower for sharing more: every weight is positive", () => {
    for (const w of [learnt.same, learnt.cross]) for (const k of ["needConcept", "needWord", "offerConcept", "offerWord"] as const) expect(w[k]).toBeGreaterThan(0);
    const more = { ...none, needConcept: 0.4, offerWord: 0.3 };
    expect(relevance(learnt, more, false)).toBeGreaterThan(relevance(learnt, none, false));
    expect(relevance(learnt, more, true)).toBeGreaterThan(relevance(learnt, { ...more, offerWord: 0.2 }, true));
  });

  it("shows scores in (0, 1) in rank order, 0.9 at its anchor, with a fit factor as a multiplier below it", () => {
    expect(rankScore(learnt, learnt.anchor)).toBeCloseTo(0.9, 10);
    expect(rankScore(learnt, learnt.anchor + 1e-9)).toBeCloseTo(0.9, 6); // the two parts meet
    expect(rankScore(learnt, learnt.anchor + 2)).toBeLessThan(1);
    expect(rankScore(learnt, 10)).toBeLessThanOrEqual(1);
    expect(rankScore(learnt, -10)).toBeGreaterThan(0);
    // the strongest pairs keep their order: above the anchor no score is cut off at 1
    const strong = [0.05, 0.1, 0.2, 0.3].map((d) => rankScore(learnt, learnt.anchor + d));
    for (let i = 1; i < strong.length; i++) expect(strong[i]! - strong[i - 1]!).toBeGreaterThan(0.003);
    expect(strong[3]!).toBeLessThan(0.999);
    const z = relevance(learnt, { needConcept: 0.5, needWord: 0.3, offerConcept: 0.5, offerWord: 0.3 }, false);
    expect(rankKey(z, fit(1)) + 0.2).toBeLessThan(learnt.anchor);
    const fits = rankScore(learnt, rankKey(z, fit(1)));
    const trlShort = rankScore(learnt, rankKey(z, fit(0.55)));
    expect(trlShort).toBeLessThan(fits * 0.6);
    expect(trlShort / fits).toBeCloseTo(rankScore(learnt, rankKey(z + 0.2, fit(0.55))) / rankScore(learnt, rankKey(z + 0.2, fit(1))), 10);
  });

  it("was learnt from the labelled sets, never from those that judge it", () => {
    expect(learnt.learntFrom.length).toBeGreaterThanOrEqual(10);
    for (const judge of ["heldout-w", "heldout-x", "heldout-y", "heldout-z", "heldout-aa", "heldout-ab", "heldout-ac", "heldout-ad", "sample"]) expect(learnt.learntFrom).not.toContain(judge);
  });

  it("is committed up to date with the engine and the sets (else run `npm run matching:learn`)", async () => {
    const names = Object.keys(SETS).filter((s) => !HELD_OUT.has(s));
    expect(learnt.learntFrom).toEqual(names);
    const queries = (await Promise.all(names.map((n) => labelledQueries(SETS[n]!)))).flat();
    const { same, cross } = learnRanker(queries);
    expect({ same: learnt.same, cross: learnt.cross }, "lib/matching/ranker.json is stale: run `npm run matching:learn`").toEqual({ same, cross });
  }, 120_000);

  it("learns which reading tells the picked pairs apart", () => {
    // picked offers share the offer's words; the distractors share as many concepts, no words
    const queries: TrainingQuery[] = Array.from({ length: 30 }, (_, q) => {
      const jitter = (q % 5) / 50;
      return {
        candidates: [
          { readings: { ...none, needConcept: 0.4, offerWord: 0.5 + jitter }, sameLanguage: q % 2 === 0, fit: 1 },
          { readings: { ...none, needConcept: 0.5 + jitter, offerConcept: 0.3 }, sameLanguage: q % 2 === 0, fit: 1 },
          { readings: { ...none, needWord: 0.2, offerConcept: 0.2 }, sameLanguage: q % 2 === 1, fit: 1 },
        ],
        gold: [true, false, false],
      };
    });
    const r = learnRanker(queries);
    for (const w of [r.same, r.cross]) expect(w.offerWord).toBeGreaterThan(Math.max(w.needConcept, w.offerConcept, w.needWord));
    const ranked = (q: TrainingQuery) => q.candidates.map((c, i) => [i, relevance({ ...r, anchor: 0 }, c.readings, c.sameLanguage)] as const).sort((a, b) => b[1] - a[1])[0]![0];
    expect(queries.every((q) => ranked(q) === 0)).toBe(true);
  });
});
