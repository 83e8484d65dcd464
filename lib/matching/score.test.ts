import { describe, expect, it } from "vitest";
import { analyzeText } from "./analyze";
import { explainMatch } from "./explain";
import { renderReasons } from "./render-reasons";
import { Glossary } from "./glossary";
import { conceptKey, isConceptKey, isNativeKey, nativeKey, wordKey } from "./keys";
import { combine, conceptConfidence, scoreFit, scoreText, type ChallengeFit, type OfferFit } from "./score";

const glossary = new Glossary([
  {
    domain: "test",
    concepts: [
      { id: "fish-sauce", vi: ["nước mắm"], en: ["fish sauce"], sectors: ["food-processing"] },
      { id: "fermentation", vi: ["lên men", "chượp"], en: ["fermentation", "fermenting"] },
      { id: "protease", vi: ["enzyme protease"], en: ["protease"], broader: ["enzyme"] },
      { id: "enzyme", vi: ["enzim", "enzyme"], en: ["enzyme"] },
      { id: "cashew", vi: ["hạt điều"], en: ["cashew"] },
    ],
  },
]);
const idf = () => 1;

describe("analyzeText", () => {
  it("names a concept in a reason as the listing wrote it, hyphens and all", () => {
    const g = new Glossary([{ domain: "test", concepts: [{ id: "vaccine", vi: ["vắc xin"], en: ["vaccine"] }, { id: "co-research", vi: ["hợp tác nghiên cứu"], en: ["co research"] }] }]);
    expect(analyzeText(g, { language: "vi", title: "Tìm vắc-xin cúm gia cầm", body: "" }).terms.get("vaccine")).toBe("vắc-xin");
    expect(analyzeText(g, { language: "en", title: "Co-research partner wanted", body: "" }).terms.get("co-research")).toBe("co-research");
    expect(analyzeText(g, { language: "vi", title: "Vắc xin mới", body: "" }).terms.get("vaccine")).toBe("vắc xin");
  });

  it("shows a Vietnamese syllable with its neighbour only where the two are a word, not across two words of one term", () => {
    const g = new Glossary([
      {
        domain: "test",
        concepts: [
          { id: "forest-raw", vi: ["nguyên liệu lâm sản"], en: ["forest raw materials"] },
          { id: "clinical", vi: ["thử nghiệm lâm sàng", "dữ liệu lâm sàng", "lâm sàng"], en: ["clinical trial"] },
          { id: "herbs", vi: ["dược liệu"], en: ["medicinal herbs"] },
        ],
      },
    ]);
    const p = analyzeText(g, { language: "vi", title: "Cao dược liệu lâm sàng", body: "" });
    const shown = new Set(p.surface.values());
    expect(shown.has("lâm sàng")).toBe(true); // a term of two syllables
    expect(shown.has("dược liệu")).toBe(true);
    expect(shown.has("liệu lâm")).toBe(false); // straddles "nguyên liệu | lâm sản"
  });

  it("finds the same concepts in Vietnamese (with or without diacritics) and English", () => {
    const vi = analyzeText(glossary, { title: "Rút ngắn thời gian chượp nước mắm", body: "Dùng enzyme protease" });
    const plain = analyzeText(glossary, { title: "Rut ngan thoi gian chuop nuoc mam", body: "dung enzyme protease" });
    const en = analyzeText(glossary, { title: "Faster fish-sauce fermentation", body: "with a bacterial protease" });
    expect([...vi.concepts.keys()].sort()).toEqual(["enzyme", "fermentation", "fish-sauce", "protease"]);
    expect([...plain.concepts.keys()].sort()).toEqual([...vi.concepts.keys()].sort());
    expect([...en.concepts.keys()].sort()).toEqual(["enzyme", "fermentation", "fish-sauce", "protease"]);
    expect(vi.languages).toEqual(["vi"]);
    expect(en.languages).toEqual(["en"]);
  });

  it("gives each channel a unit vector: concepts, English words and a Vietnamese text's own words", () => {
    const p = analyzeText(glossary, { title: "Nước mắm", body: "nước mắm truyền thống lên men" });
    const norm = (channel: (k: number) => boolean) => Math.sqrt(p.keys.reduce((s, k, i) => s + (channel(k) ? p.weights[i]! ** 2 : 0), 0));
    expect(norm(isConceptKey)).toBeCloseTo(1, 5);
    expect(norm((k) => !isConceptKey(k) && !isNativeKey(k))).toBeCloseTo(1, 5);
    expect(norm(isNativeKey)).toBeCloseTo(1, 5);
    // syllables and adjacent syllable pairs, folded
    expect(p.keys).toContain(nativeKey("truyen thong"));
    expect(p.keys).toContain(nativeKey("mam"));
    expect(analyzeText(glossary, { title: "Fish sauce", body: "traditional fermentation" }).keys.some(isNativeKey)).toBe(false);
  });
});

describe("scoreText", () => {
  const challengeVi = analyzeText(glossary, { language: "vi", title: "Rút ngắn thời gian chượp nước mắm", body: "Nhà máy nước mắm cần giảm thời gian lên men." });
  const offerEn = analyzeText(glossary, { language: "en", title: "Protease for fast fish sauce fermentation", body: "Shortens fermentation to three months." });
  const cashewEn = analyzeText(glossary, { language: "en", title: "Cashew grading camera", body: "Sorts cashew kernels." });

  it("matches across languages on concepts, and on words through the glossary's lexicon", () => {
    const s = scoreText(challengeVi, offerEn, idf);
    // two concepts in the query (fish sauce, fermentation): trusted at 2 / (2 + 2)
    expect(s.concept / conceptConfidence(2)).toBeGreaterThan(0.5);
    // "chượp", "lên men" → fermentation; "nước mắm" → fish, sauce
    expect(s.shared.some((x) => x.key === wordKey("fermentation"))).toBe(true);
    expect(s.word).toBeGreaterThan(0);
    expect(s.text).toBeCloseTo(s.concept + s.word * (1 - s.concept), 10);
    expect(scoreText(challengeVi, cashewEn, idf).text).toBe(0);
  });

  it("scores a pair across languages like the same pair in one language", () => {
    const offerVi = analyzeText(glossary, { language: "vi", title: "Enzyme protease cho chượp nước mắm nhanh", body: "Rút ngắn thời gian lên men còn ba tháng." });
    const across = scoreText(challengeVi, offerEn, idf);
    const within = scoreText(challengeVi, offerVi, idf);
    expect(across.word).toBeGreaterThan(0.5 * within.word);
    expect(Math.abs(across.text - within.text)).toBeLessThan(0.1);
  });

  it("compares two Vietnamese listings by their own words, any other pair by English words", () => {
    // "bồn tắm" is in no glossary term, so the lexicon has no English for it
    const a = analyzeText(glossary, { language: "vi", title: "Bồn tắm composite", body: "Sản xuất bồn tắm cho khách sạn" });
    const b = analyzeText(glossary, { language: "vi", title: "Khuôn đúc bồn tắm", body: "Khuôn cho bồn tắm composite" });
    const en = analyzeText(glossary, { language: "en", title: "Composite bathtub", body: "Bathtubs for hotels" });
    const within = scoreText(a, b, idf);
    expect(within.word).toBeGreaterThan(0.3);
    expect(within.shared.map((x) => x.key)).toContain(nativeKey("bon tam"));
    expect(within.shared.every((x) => isConceptKey(x.key) || isNativeKey(x.key))).toBe(true);
    const across = scoreText(a, en, idf);
    expect(across.shared.some((x) => isNativeKey(x.key))).toBe(false);
    expect(scoreText(challengeVi, offerEn, idf).shared.some((x) => isNativeKey(x.key))).toBe(false);
  });

  it("does not match two Vietnamese listings on the words every listing uses (nhà máy, sản xuất, tấn)", () => {
    const kiln = analyzeText(glossary, { language: "vi", title: "Giảm tiêu hao than cho lò quay", body: "Nhà máy sản xuất 2.000 tấn clinker mỗi ngày cần giải pháp công nghệ." });
    const cashew = analyzeText(glossary, { language: "vi", title: "Máy phân loại hạt điều", body: "Nhà máy sản xuất 2 tấn mỗi giờ, giải pháp công nghệ camera." });
    const s = scoreText(kiln, cashew, idf);
    expect(s.text).toBe(0);
    expect(kiln.keys).not.toContain(nativeKey("nha may"));
    expect(kiln.keys).not.toContain(nativeKey("tan"));
    expect(kiln.keys).toContain(nativeKey("lo quay"));
  });

  it("trusts a query's concepts the more of them it has, so a one-concept text leans on its words", () => {
    expect(conceptConfidence(1)).toBeCloseTo(1 / 3, 10);
    expect(conceptConfidence(8)).toBeCloseTo(0.8, 10);
    const oneConcept = analyzeText(glossary, { language: "en", title: "Dust in the warehouse", body: "cashew kernels" });
    const sameConcept = analyzeText(glossary, { language: "en", title: "Cashew grading camera", body: "kernels" });
    const sameWords = analyzeText(glossary, { language: "en", title: "Warehouse dust", body: "warehouse dust" });
    const a = scoreText(oneConcept, sameConcept, idf);
    expect(a.concept).toBeCloseTo(conceptConfidence(1), 5); // the only concept, shared: cosine 1, trusted at 1/3
    // trusted fully, the shared concept alone would score 1 and beat any words
    expect(scoreText(oneConcept, sameWords, idf).text).toBeGreaterThan(a.text);
  });

  it("stays within [0, 1] and is 1 for the same text", () => {
    const s = scoreText(offerEn, offerEn, idf);
    expect(s.text).toBeCloseTo(1, 5);
  });

  it("ignores keys no candidate has (idf 0)", () => {
    const s = scoreText(challengeVi, offerEn, (k) => (k === conceptKey("fish-sauce") ? 0 : 1));
    expect(s.shared.some((x) => x.key === conceptKey("fish-sauce"))).toBe(false);
  });
});

describe("scoreFit", () => {
  const offer: OfferFit = { trl: 8, dealTypes: ["LICENSE", "KNOW_HOW"], askingPriceVnd: 1_500_000_000, province: "khanh-hoa", sectors: ["food-processing"] };
  const challenge: ChallengeFit = { minTrl: 7, dealTypes: ["LICENSE"], budgetVnd: 2_000_000_000, province: "khanh-hoa", sectors: ["food-processing"] };

  it("explains every factor that fits and keeps the multiplier at or above 1", () => {
    const f = scoreFit(offer, challenge, { showPrice: true });
    expect(f.reasons.map((r) => r.code)).toEqual(["trlMeets", "dealMatch", "priceWithin", "sameSector", "sameProvince"]);
    expect(f.multiplier).toBeGreaterThanOrEqual(1);
  });

  it("ranks an offer below the required TRL much lower, the more so the wider the gap", () => {
    const one = scoreFit({ ...offer, trl: 6 }, challenge, { showPrice: true });
    const four = scoreFit({ ...offer, trl: 3 }, challenge, { showPrice: true });
    expect(one.reasons[0]).toMatchObject({ code: "trlBelow", tone: "minus", trl: 6, minTrl: 7 });
    expect(one.multiplier).toBeLessThan(0.7);
    expect(four.multiplier).toBeLessThan(one.multiplier);
  });

  it("lowers pairs with no common deal type or a price above budget", () => {
    expect(scoreFit({ ...offer, dealTypes: ["CO_RESEARCH"] }, challenge, { showPrice: true }).reasons).toContainEqual(
      expect.objectContaining({ code: "dealMismatch", tone: "minus" }),
    );
    const pricey = scoreFit({ ...offer, askingPriceVnd: 5_000_000_000 }, challenge, { showPrice: true });
    expect(pricey.reasons).toContainEqual({ code: "priceAbove", tone: "minus" });
    expect(pricey.multiplier).toBeLessThan(scoreFit(offer, challenge, { showPrice: true }).multiplier * 0.6);
  });

  it("leaves price out of score and reasons when the viewer may not see it", () => {
    const hidden = scoreFit({ ...offer, askingPriceVnd: 9_000_000_000 }, challenge, { showPrice: false });
    expect(hidden.reasons.some((r) => r.code.startsWith("price"))).toBe(false);
    expect(hidden.multiplier).toBe(scoreFit({ ...offer, askingPriceVnd: null }, challenge, { showPrice: true }).multiplier);
  });

  it("does not reward a nationwide or missing province", () => {
    expect(scoreFit({ ...offer, province: null }, { ...challenge, province: null }, { showPrice: true }).reasons.map((r) => r.code)).not.toContain("sameProvince");
  });

  it("combines into [0, 1]", () => {
    expect(combine(0.99, { multiplier: 1.2, reasons: [] })).toBe(1);
    expect(combine(0.5, { multiplier: 0.5, reasons: [] })).toBe(0.25);
  });
});

describe("explainMatch", () => {
  it("names shared concepts first and keeps every negative reason", () => {
    const q = analyzeText(glossary, { language: "vi", title: "Chượp nước mắm nhanh", body: "Cần rút ngắn thời gian lên men nước mắm." });
    const c = analyzeText(glossary, { language: "en", title: "Fish sauce fermentation", body: "Protease shortens fermentation." });
    const text = scoreText(q, c, idf);
    const fit = scoreFit(
      { trl: 3, dealTypes: ["CO_RESEARCH"], askingPriceVnd: null, province: null, sectors: [] },
      { minTrl: 7, dealTypes: ["LICENSE"], budgetVnd: null, province: null, sectors: [] },
      { showPrice: true },
    );
    const reasons = explainMatch(text, q, fit);
    expect(reasons[0]).toMatchObject({ code: "concepts", tone: "plus" });
    expect((reasons[0] as { concepts: string[] }).concepts).toEqual(expect.arrayContaining(["fish-sauce", "fermentation"]));
    expect(reasons.slice(1).map((r) => r.code)).toEqual(["trlBelow", "dealMismatch"]);
  });

  it("names a shared concept in the query's own words for a reader of its language, else by the glossary's name", () => {
    const q = analyzeText(glossary, { language: "vi", title: "Rút ngắn thời gian chượp cá", body: "" });
    const c = analyzeText(glossary, { language: "en", title: "Faster fermentation", body: "" });
    const reasons = explainMatch(scoreText(q, c, idf), q, { multiplier: 1, reasons: [] });
    expect(reasons[0]).toMatchObject({ code: "concepts", concepts: ["fermentation"], terms: ["chượp"], termsLanguage: "vi" });
    expect(renderReasons(reasons, "vi", glossary)[0]).toBe("Cùng nói về: chượp");
    expect(renderReasons(reasons, "en", glossary)[0]).toBe("Both about: fermentation");
  });

  it("names each shared word once, even when a syllable and its pair read the same", () => {
    const q = analyzeText(glossary, { language: "vi", title: "Bồn tắm composite", body: "Bồn tắm cho khách sạn" });
    const c = analyzeText(glossary, { language: "vi", title: "Khuôn bồn tắm", body: "Khuôn đúc bồn tắm" });
    const surface = new Map([[nativeKey("bon"), "bồn tắm"], [nativeKey("tam"), "bồn tắm"], [nativeKey("bon tam"), "bồn tắm"]]);
    const reasons = explainMatch(scoreText(q, c, idf), { ...q, surface }, { multiplier: 1, reasons: [] });
    expect(reasons).toEqual([{ code: "words", tone: "plus", words: ["bồn tắm"] }]);
  });
});
