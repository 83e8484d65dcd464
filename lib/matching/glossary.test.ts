import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SECTORS, TECHNOLOGY_FIELDS } from "@/lib/taxonomy/data";
import { GLOSSARY_FILES, glossary } from "./concepts";
import { conceptTokenCase, conceptTokens } from "./glossary";

const concepts = Object.values(GLOSSARY_FILES).flatMap((f) => f.concepts);
const codes = new Set([...TECHNOLOGY_FIELDS, ...SECTORS].map((e) => e.code));

describe("the bilingual glossary", () => {
  it("loads every file of lib/matching/glossary", () => {
    const files = readdirSync(path.join(__dirname, "glossary")).filter((f) => f.endsWith(".json")).map((f) => f.replace(/\.json$/, ""));
    expect(Object.keys(GLOSSARY_FILES).sort()).toEqual(files.sort());
  });

  it("has unique ids, terms in both languages, known taxonomy codes and existing broader concepts", () => {
    const ids = new Set<string>();
    for (const c of concepts) {
      expect(ids.has(c.id), `duplicate id ${c.id}`).toBe(false);
      ids.add(c.id);
      expect(c.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(c.vi.length, c.id).toBeGreaterThan(0);
      expect(c.en.length, c.id).toBeGreaterThan(0);
      for (const code of [...(c.fields ?? []), ...(c.sectors ?? [])]) expect(codes.has(code), `${c.id}: ${code}`).toBe(true);
    }
    for (const c of concepts) for (const b of c.broader ?? []) expect(ids.has(b), `${c.id} → ${b}`).toBe(true);
  });

  it("never lets one written term mean two concepts", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const c of concepts) {
      for (const term of new Set([...c.vi, ...c.en].map((t) => conceptTokens(t).join(" ")))) {
        const other = owner.get(term);
        if (other && other !== c.id) clashes.push(`"${term}": ${other} / ${c.id}`);
        owner.set(term, c.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it("covers every technology field and sector of the taxonomy", () => {
    const covered = new Set(concepts.flatMap((c) => [...(c.fields ?? []), ...(c.sectors ?? [])]));
    expect([...codes].filter((c) => !covered.has(c))).toEqual([]);
  });

  it("makes a Vietnamese need and an English offer meet, with or without diacritics", () => {
    const g = glossary();
    const find = (text: string) => new Set(g.find(conceptTokens(text)).map((h) => h.id));
    const vi = find("vắc-xin cúm gia cầm");
    const plain = find("vac xin cum gia cam");
    const en = find("avian influenza vaccine");
    expect([...vi].filter((id) => en.has(id)).length).toBeGreaterThan(0);
    expect([...plain]).toEqual([...vi]);
  });

  it("reads a one-word acronym term only where the text writes it in capitals", () => {
    const g = glossary();
    const find = (text: string) => {
      const { tokens, acronym } = conceptTokenCase(text);
      return new Set(g.find(tokens, acronym).map((h) => h.id));
    };
    expect(find("exports must meet REACH").has("textile-chemical-compliance")).toBe(true);
    expect(find("blocks reach 5 MPa").has("textile-chemical-compliance")).toBe(false);
    expect(find("two 2,500 tpd lines").has("shrimp-disease")).toBe(false);
    expect(find("bệnh TPD trên tôm giống").has("shrimp-disease")).toBe(true);
  });

  it("reads text written with diacritics by its marks, and text without them either way", () => {
    const g = glossary();
    const find = (text: string) => {
      const { tokens, acronym, marked } = conceptTokenCase(text);
      return new Set(g.find(tokens, acronym, marked).map((h) => h.id));
    };
    // "đã" (has been) folds to "da" (leather), "tuyến trung ương" to "tuyến trùng" (nematodes)
    expect(find("Sản phẩm đã được thương mại hóa tại nhiều tỉnh").has("leather")).toBe(false);
    expect(find("Xưởng may sản phẩm da xuất khẩu").has("leather")).toBe(true);
    expect(find("bệnh viện tuyến trung ương").has("nematodes")).toBe(false);
    expect(find("tuyến trùng hại rễ hồ tiêu").has("nematodes")).toBe(true);
    // written without diacritics, a text may mean either
    expect(find("san pham da xuat khau").has("leather")).toBe(true);
    expect(find("tuyen trung hai re ho tieu").has("nematodes")).toBe(true);
    // where the tone mark sits is style: "thuỷ" and "thủy" are one word
    expect(find("nuôi trồng thuỷ sản ven biển")).toEqual(find("nuôi trồng thủy sản ven biển"));
    expect(find("nuôi trồng thuỷ sản ven biển").size).toBeGreaterThan(0);
  });
});
