import { describe, expect, it } from "vitest";
import { detectLanguage, isStopword, words } from "./text";

describe("words", () => {
  it("folds diacritics and keeps technical tokens whole", () => {
    expect(words("Giảm phát thải CO2 ở lò nung xi-măng, mạng 5G/6G")).toEqual(["giam", "phat", "thai", "co2", "o", "lo", "nung", "xi-mang", "mang", "5g/6g"]);
  });
});

describe("detectLanguage", () => {
  it("recognises Vietnamese with and without diacritics, and English", () => {
    expect(detectLanguage("Quy trình sản xuất nước mắm ngắn ngày")).toBe("vi");
    expect(detectLanguage("He thong xu ly nuoc thai cho cac khu cong nghiep va lang nghe")).toBe("vi");
    expect(detectLanguage("Low-cost pallet racking made from recycled plastic for the warehouse")).toBe("en");
  });
});

describe("isStopword", () => {
  it("drops function words in both languages but keeps content syllables", () => {
    expect(isStopword("the")).toBe(true);
    expect(isStopword("cua")).toBe(true);
    expect(isStopword("cao")).toBe(false);
    expect(isStopword("nha")).toBe(false);
  });
});
