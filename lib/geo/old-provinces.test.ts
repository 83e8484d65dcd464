import { describe, expect, it } from "vitest";
import { FORMER_PROVINCES, normalizeListingProvince, normalizeName, normalizeProvince } from "./old-provinces";
import { PROVINCE_CODES, PROVINCES, type ProvinceCode } from "./provinces";

// Written out independently of the implementation so a slip in either one shows up as a failure.
// Source: Resolution 202/2025/QH15 (63 provincial units → 34 from 1 July 2025).
const FORMER_63: ReadonlyArray<readonly [string, ProvinceCode]> = [
  ["Hà Nội", "ha-noi"],
  ["Thừa Thiên Huế", "hue"],
  ["Hải Phòng", "hai-phong"],
  ["Hải Dương", "hai-phong"],
  ["Đà Nẵng", "da-nang"],
  ["Quảng Nam", "da-nang"],
  ["TP. Hồ Chí Minh", "ho-chi-minh"],
  ["Bình Dương", "ho-chi-minh"],
  ["Bà Rịa - Vũng Tàu", "ho-chi-minh"],
  ["Cần Thơ", "can-tho"],
  ["Sóc Trăng", "can-tho"],
  ["Hậu Giang", "can-tho"],
  ["Tuyên Quang", "tuyen-quang"],
  ["Hà Giang", "tuyen-quang"],
  ["Cao Bằng", "cao-bang"],
  ["Lai Châu", "lai-chau"],
  ["Lào Cai", "lao-cai"],
  ["Yên Bái", "lao-cai"],
  ["Thái Nguyên", "thai-nguyen"],
  ["Bắc Kạn", "thai-nguyen"],
  ["Điện Biên", "dien-bien"],
  ["Lạng Sơn", "lang-son"],
  ["Sơn La", "son-la"],
  ["Phú Thọ", "phu-tho"],
  ["Vĩnh Phúc", "phu-tho"],
  ["Hòa Bình", "phu-tho"],
  ["Bắc Ninh", "bac-ninh"],
  ["Bắc Giang", "bac-ninh"],
  ["Quảng Ninh", "quang-ninh"],
  ["Hưng Yên", "hung-yen"],
  ["Thái Bình", "hung-yen"],
  ["Ninh Bình", "ninh-binh"],
  ["Hà Nam", "ninh-binh"],
  ["Nam Định", "ninh-binh"],
  ["Thanh Hóa", "thanh-hoa"],
  ["Nghệ An", "nghe-an"],
  ["Hà Tĩnh", "ha-tinh"],
  ["Quảng Trị", "quang-tri"],
  ["Quảng Bình", "quang-tri"],
  ["Quảng Ngãi", "quang-ngai"],
  ["Kon Tum", "quang-ngai"],
  ["Gia Lai", "gia-lai"],
  ["Bình Định", "gia-lai"],
  ["Khánh Hòa", "khanh-hoa"],
  ["Ninh Thuận", "khanh-hoa"],
  ["Lâm Đồng", "lam-dong"],
  ["Đắk Nông", "lam-dong"],
  ["Bình Thuận", "lam-dong"],
  ["Đắk Lắk", "dak-lak"],
  ["Phú Yên", "dak-lak"],
  ["Đồng Nai", "dong-nai"],
  ["Bình Phước", "dong-nai"],
  ["Tây Ninh", "tay-ninh"],
  ["Long An", "tay-ninh"],
  ["Vĩnh Long", "vinh-long"],
  ["Bến Tre", "vinh-long"],
  ["Trà Vinh", "vinh-long"],
  ["Đồng Tháp", "dong-thap"],
  ["Tiền Giang", "dong-thap"],
  ["Cà Mau", "ca-mau"],
  ["Bạc Liêu", "ca-mau"],
  ["An Giang", "an-giang"],
  ["Kiên Giang", "an-giang"],
];

function stripMarks(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

describe("normalizeName", () => {
  it("lower-cases, strips diacritics including đ, and collapses punctuation", () => {
    expect(normalizeName("Đắk Lắk")).toBe("dak lak");
    expect(normalizeName("  Bà Rịa -  Vũng Tàu ")).toBe("ba ria vung tau");
    expect(normalizeName("Bà Rịa–Vũng Tàu")).toBe("ba ria vung tau");
  });

  it("drops administrative prefixes", () => {
    expect(normalizeName("TP. Hồ Chí Minh")).toBe("ho chi minh");
    expect(normalizeName("TP.HCM")).toBe("hcm");
    expect(normalizeName("tp Cần Thơ")).toBe("can tho");
    expect(normalizeName("Thành phố Huế")).toBe("hue");
    expect(normalizeName("Tỉnh Thanh Hóa")).toBe("thanh hoa");
  });

  it("folds old- and new-style tone placement together", () => {
    expect(normalizeName("Hoà Bình")).toBe(normalizeName("Hòa Bình"));
    expect(normalizeName("Khánh Hoà")).toBe(normalizeName("Khánh Hòa"));
    expect(normalizeName("Thuỷ sản")).toBe(normalizeName("Thủy sản"));
  });
});

describe("normalizeProvince", () => {
  it("maps every current code and name (vi, en, with and without diacritics) to itself", () => {
    expect(PROVINCES).toHaveLength(34);
    for (const p of PROVINCES) {
      expect(normalizeProvince(p.code), p.code).toBe(p.code);
      expect(normalizeProvince(p.code.toUpperCase()), p.code).toBe(p.code);
      expect(normalizeProvince(p.vi), p.vi).toBe(p.code);
      expect(normalizeProvince(stripMarks(p.vi)), p.vi).toBe(p.code);
      expect(normalizeProvince(p.vi.toUpperCase()), p.vi).toBe(p.code);
      expect(normalizeProvince(p.en), p.en).toBe(p.code);
    }
  });

  it("maps all 63 former provinces to the unit they were merged into", () => {
    expect(new Set(FORMER_63.map(([name]) => normalizeName(name))).size).toBe(63);
    for (const [name, code] of FORMER_63) {
      expect(normalizeProvince(name), name).toBe(code);
      expect(normalizeProvince(stripMarks(name)), name).toBe(code);
      expect(normalizeProvince(`Tỉnh ${name}`), name).toBe(code);
    }
  });

  it("exposes a lookup table of at least the 63 former names, all pointing at current codes", () => {
    const keys = Object.keys(FORMER_PROVINCES);
    expect(keys.length).toBeGreaterThanOrEqual(63);
    for (const [name] of FORMER_63) expect(keys, name).toContain(normalizeName(name));
    for (const [key, code] of Object.entries(FORMER_PROVINCES)) {
      expect(PROVINCE_CODES, key).toContain(code);
      expect(normalizeName(key), key).toBe(key);
    }
  });

  it("keeps run-together spellings unambiguous", () => {
    const seen = new Map<string, ProvinceCode>();
    for (const [key, code] of Object.entries(FORMER_PROVINCES)) {
      const compact = key.replace(/ /g, "");
      const other = seen.get(compact);
      if (other) expect(other, compact).toBe(code);
      seen.set(compact, code);
    }
  });

  it("handles the merger examples from the brief", () => {
    const cases: Array<[string, ProvinceCode]> = [
      ["Bình Dương", "ho-chi-minh"],
      ["Bà Rịa - Vũng Tàu", "ho-chi-minh"],
      ["Hà Giang", "tuyen-quang"],
      ["Bắc Giang", "bac-ninh"],
      ["Quảng Nam", "da-nang"],
      ["Thừa Thiên Huế", "hue"],
      ["Hà Nam", "ninh-binh"],
      ["Nam Định", "ninh-binh"],
      ["Kiên Giang", "an-giang"],
      ["Bạc Liêu", "ca-mau"],
      ["Long An", "tay-ninh"],
      ["Bình Phước", "dong-nai"],
      ["Sóc Trăng", "can-tho"],
      ["Hậu Giang", "can-tho"],
      ["Bến Tre", "vinh-long"],
      ["Trà Vinh", "vinh-long"],
      ["Tiền Giang", "dong-thap"],
      ["Kon Tum", "quang-ngai"],
      ["Bình Định", "gia-lai"],
      ["Phú Yên", "dak-lak"],
      ["Ninh Thuận", "khanh-hoa"],
      ["Bình Thuận", "lam-dong"],
      ["Đắk Nông", "lam-dong"],
      ["Quảng Bình", "quang-tri"],
      ["Hòa Bình", "phu-tho"],
      ["Vĩnh Phúc", "phu-tho"],
      ["Yên Bái", "lao-cai"],
      ["Bắc Kạn", "thai-nguyen"],
      ["Hải Dương", "hai-phong"],
      ["Thái Bình", "hung-yen"],
      ["Hà Tây", "ha-noi"],
    ];
    for (const [name, code] of cases) expect(normalizeProvince(name), name).toBe(code);
  });

  it("accepts common names and abbreviations for the big cities", () => {
    const cases: Array<[string, ProvinceCode]> = [
      ["Hà Nội", "ha-noi"],
      ["Ha Noi", "ha-noi"],
      ["Hanoi", "ha-noi"],
      ["Thành phố Hà Nội", "ha-noi"],
      ["TP. Hồ Chí Minh", "ho-chi-minh"],
      ["Thành phố Hồ Chí Minh", "ho-chi-minh"],
      ["Ho Chi Minh City", "ho-chi-minh"],
      ["HCM", "ho-chi-minh"],
      ["TPHCM", "ho-chi-minh"],
      ["TP.HCM", "ho-chi-minh"],
      ["TP HCM", "ho-chi-minh"],
      ["HCMC", "ho-chi-minh"],
      ["Sài Gòn", "ho-chi-minh"],
      ["Saigon", "ho-chi-minh"],
      ["Da Nang", "da-nang"],
      ["Danang", "da-nang"],
      ["Can Tho City", "can-tho"],
      ["Thành phố Huế", "hue"],
      ["Hue City", "hue"],
    ];
    for (const [name, code] of cases) expect(normalizeProvince(name), name).toBe(code);
  });

  it("accepts spelling, casing and prefix variants", () => {
    const cases: Array<[string, ProvinceCode]> = [
      ["Hoà Bình", "phu-tho"],
      ["hoa binh", "phu-tho"],
      ["Khánh Hoà", "khanh-hoa"],
      ["Thanh Hoá", "thanh-hoa"],
      ["tỉnh bình dương", "ho-chi-minh"],
      ["TỈNH BÀ RỊA - VŨNG TÀU", "ho-chi-minh"],
      ["Ba Ria-Vung Tau", "ho-chi-minh"],
      ["Bà Rịa–Vũng Tàu", "ho-chi-minh"],
      ["BR-VT", "ho-chi-minh"],
      ["Thua Thien Hue", "hue"],
      ["Thừa Thiên - Huế", "hue"],
      ["Tỉnh Thừa Thiên Huế", "hue"],
      ["Bắc Cạn", "thai-nguyen"],
      ["Daklak", "dak-lak"],
      ["Dak Nong", "lam-dong"],
      ["Kontum", "quang-ngai"],
      ["TP. Cần Thơ", "can-tho"],
      ["Tp Hải Phòng", "hai-phong"],
      ["Long An Province", "tay-ninh"],
      ["  nam dinh  ", "ninh-binh"],
    ];
    for (const [name, code] of cases) expect(normalizeProvince(name), name).toBe(code);
  });

  it("returns null for unknown input", () => {
    for (const input of ["", "   ", "-", "Tỉnh", "TP.", "Bangkok", "Phnom Penh", "ha-noi-2", "Quảng", "Hà", "Thủ Đức"]) {
      expect(normalizeProvince(input), JSON.stringify(input)).toBeNull();
    }
  });
});

describe("normalizeListingProvince", () => {
  it("accepts the whole country for listings, and provinces as normalizeProvince does", () => {
    for (const name of ["Toàn quốc", "toan quoc", "Cả nước", "Nationwide", "toan-quoc"]) expect(normalizeListingProvince(name)).toBe("toan-quoc");
    expect(normalizeListingProvince("Bình Dương")).toBe(normalizeProvince("Bình Dương"));
    expect(normalizeListingProvince("Atlantis")).toBeNull();
    expect(normalizeProvince("Toàn quốc")).toBeNull();
  });
});
