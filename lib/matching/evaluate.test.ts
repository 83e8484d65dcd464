import { describe, expect, it } from "vitest";
import { evaluateRanking, rankBm25 } from "./evaluate";

describe("evaluateRanking", () => {
  const lang = (id: string) => (id.endsWith("v") ? "vi" : "en");
  it("ranks each gold pair without the challenge's other gold offers, split by language", () => {
    const ranking = [
      { id: "c1v", matches: [{ id: "x" }, { id: "o2e" }, { id: "o1v" }] },
      { id: "c2e", matches: [{ id: "y" }] },
    ];
    const m = evaluateRanking(ranking, { c1v: ["o1v", "o2e"], c2e: ["o3e"] }, lang);
    // o1v ranks 2 once o2e (also gold) is left out; o2e ranks 2; o3e is missing.
    expect(m.same).toEqual({ pairs: 2, recallAt1: 0, recallAt5: 0.5, mrr: 0.25 });
    expect(m.cross).toEqual({ pairs: 1, recallAt1: 0, recallAt5: 1, mrr: 0.5 });
    expect(m.all.pairs).toBe(3);
  });
});

describe("rankBm25", () => {
  it("finds documents sharing rare words, diacritics folded, and nothing across languages", () => {
    const docs = [
      { id: "a", text: "Enzyme rút ngắn thời gian chượp nước mắm" },
      { id: "b", text: "Máy tách vỏ hạt điều" },
      { id: "c", text: "Fish sauce fermentation with protease" },
    ];
    const [r] = rankBm25([{ id: "q", text: "san xuat nuoc mam nhanh" }], docs);
    expect(r!.matches.map((m) => m.id)).toEqual(["a"]);
  });
});
