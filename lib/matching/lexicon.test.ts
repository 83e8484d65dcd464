import { describe, expect, it } from "vitest";
import committed from "./lexicon.json";
import { GLOSSARY_FILES, GLOSSARY_FINGERPRINT } from "./concepts";
import { learnLexicon, lexicalTokens, toLexiconFile } from "./lexicon";

describe("the Vietnamese → English lexicon learnt from the glossary", () => {
  const small = learnLexicon([
    {
      domain: "test",
      concepts: [
        { id: "fish-sauce", vi: ["nước mắm"], en: ["fish sauce"] },
        { id: "fishmeal", vi: ["bột cá"], en: ["fish meal", "fishmeal"] },
        { id: "fish-farming", vi: ["nuôi cá"], en: ["fish farming"] },
        { id: "irrigation-water", vi: ["nước tưới"], en: ["irrigation water"] },
        { id: "drinking-water", vi: ["nước uống", "nước sạch"], en: ["drinking water", "clean water"] },
      ],
    },
  ]);

  it("tells which English word a syllable stands for from the parallel terms alone", () => {
    expect(small.get("ca")?.[0]?.[0]).toBe("fish");
    expect(small.get("nuoc")?.[0]?.[0]).toBe("water");
    for (const entries of small.values()) for (const [, p] of entries) expect(p).toBeGreaterThanOrEqual(0.2);
  });

  it("reads text the way the word channel does: folded, stemmed, without stopwords or bare numbers", () => {
    expect(lexicalTokens("Các bể nuôi cá tra 2024 của HTX", "vi")).toEqual(["be", "nuoi", "ca", "tra", "htx"]);
    expect(lexicalTokens("Fish-farms in the Mekong, since 2024", "en")).toEqual(["fish", "farm", "mekong", "since"]);
  });

  it("reads a Vietnamese text written with diacritics by its marks, so content syllables that fold onto stopwords stay", () => {
    // khí (gas) is not khi (when), vi (micro) not vì (because), đo (measure) not do, trồng not trong, tự not từ
    expect(lexicalTokens("Khi đo khí thải vì vi sinh trồng trong nhà tự động", "vi")).toEqual(["do", "khi", "thai", "vi", "sinh", "trong", "nha", "tu", "dong"]);
    expect(lexicalTokens("Khi đo khí thải", "vi")).toEqual(["do", "khi", "thai"]);
    // without diacritics the text may mean either, and is read folded
    expect(lexicalTokens("Khi do khi thai vi vi sinh", "vi")).toEqual(["thai", "sinh"]);
    // English plurals in it do not make such a text look written with diacritics
    expect(lexicalTokens("Che pham vi sinh cho ao nuoi, probiotics va sensors", "vi")).toEqual(["che", "pham", "sinh", "ao", "nuoi", "probiotic", "sensor"]);
  });

  it("is committed up to date with the glossary (else run `npm run glossary:lexicon`)", () => {
    expect(committed.glossary, "lib/matching/lexicon.json is stale: run `npm run glossary:lexicon`").toBe(GLOSSARY_FINGERPRINT);
    expect(committed).toEqual(JSON.parse(JSON.stringify(toLexiconFile(GLOSSARY_FINGERPRINT, learnLexicon(Object.values(GLOSSARY_FILES))))));
  });
});
