import { describe, expect, it } from "vitest";
import { SECTORS, TECHNOLOGY_FIELDS, type TaxonomyEntry } from "./data";

const FIELD_CODES = [
  "ai-digital-twin-xr",
  "cloud-quantum-bigdata",
  "blockchain-traceability",
  "mobile-5g-6g",
  "robotics-automation",
  "semiconductors",
  "energy",
  "advanced-materials",
  "biotechnology",
  "aerospace",
  "cybersecurity",
];

const SECTOR_CODES = [
  "agriculture",
  "aquaculture-fisheries",
  "forestry",
  "food-processing",
  "health-pharma",
  "environment-water",
  "construction-materials",
  "energy-utilities",
  "chemicals",
  "manufacturing",
  "textiles-footwear",
  "logistics-transport",
  "urban-infrastructure",
  "mining-metallurgy",
  "ict",
  "finance",
  "education",
  "tourism-services",
];

function checkEntries(entries: TaxonomyEntry[]) {
  for (const e of entries) {
    expect(e.code, e.code).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(e.vi.trim(), e.code).not.toBe("");
    expect(e.en.trim(), e.code).not.toBe("");
    expect(e.synonyms.length, e.code).toBeGreaterThanOrEqual(4);
    expect(e.synonyms.length, e.code).toBeLessThanOrEqual(10);
    for (const s of e.synonyms) expect(s.trim(), e.code).toBe(s);
    for (const s of e.synonyms) expect(s, e.code).not.toBe("");
    expect(new Set(e.synonyms).size, `${e.code} has duplicate synonyms`).toBe(e.synonyms.length);
  }
}

describe("TECHNOLOGY_FIELDS", () => {
  it("lists exactly the 11 strategic technology groups, in order", () => {
    expect(TECHNOLOGY_FIELDS.map((e) => e.code)).toEqual(FIELD_CODES);
    expect(new Set(TECHNOLOGY_FIELDS.map((e) => e.code)).size).toBe(11);
  });

  it("has names and enough search synonyms for every entry", () => {
    checkEntries(TECHNOLOGY_FIELDS);
  });

  it("includes the abbreviations people search for", () => {
    const all = TECHNOLOGY_FIELDS.flatMap((e) => e.synonyms);
    for (const term of ["AI", "NLP", "5G", "6G", "blockchain", "UAV", "IC"]) expect(all).toContain(term);
  });
});

describe("SECTORS", () => {
  it("lists exactly the 18 application sectors, in order", () => {
    expect(SECTORS.map((e) => e.code)).toEqual(SECTOR_CODES);
    expect(new Set(SECTORS.map((e) => e.code)).size).toBe(18);
  });

  it("has names and enough search synonyms for every entry", () => {
    checkEntries(SECTORS);
  });

  it("covers both spellings of thủy/thuỷ and the IoT abbreviation", () => {
    const fisheries = SECTORS.find((e) => e.code === "aquaculture-fisheries");
    expect(fisheries?.synonyms).toEqual(expect.arrayContaining(["thủy sản", "thuỷ sản", "thuy san"]));
    expect(SECTORS.flatMap((e) => e.synonyms)).toContain("IoT");
  });
});

describe("taxonomy codes", () => {
  it("do not collide between fields and sectors", () => {
    const codes = [...TECHNOLOGY_FIELDS, ...SECTORS].map((e) => e.code);
    expect(new Set(codes).size).toBe(codes.length);
  });
});
