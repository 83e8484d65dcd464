import { NATIONWIDE, PROVINCE_CODES, PROVINCES, type ListingProvinceCode, type ProvinceCode } from "./provinces";

// The 63 provincial units in force until 30 June 2025, grouped by the unit each was merged into
// under Resolution 202/2025/QH15. Keyed by current code so the compiler checks all 34 are covered.
const FORMER_UNITS: Record<ProvinceCode, readonly string[]> = {
  "ha-noi": ["Hà Nội"],
  hue: ["Huế", "Thừa Thiên Huế"],
  "hai-phong": ["Hải Phòng", "Hải Dương"],
  "da-nang": ["Đà Nẵng", "Quảng Nam"],
  "ho-chi-minh": ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"],
  "can-tho": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"],
  "tuyen-quang": ["Tuyên Quang", "Hà Giang"],
  "cao-bang": ["Cao Bằng"],
  "lai-chau": ["Lai Châu"],
  "lao-cai": ["Lào Cai", "Yên Bái"],
  "thai-nguyen": ["Thái Nguyên", "Bắc Kạn"],
  "dien-bien": ["Điện Biên"],
  "lang-son": ["Lạng Sơn"],
  "son-la": ["Sơn La"],
  "phu-tho": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
  "bac-ninh": ["Bắc Ninh", "Bắc Giang"],
  "quang-ninh": ["Quảng Ninh"],
  "hung-yen": ["Hưng Yên", "Thái Bình"],
  "ninh-binh": ["Ninh Bình", "Hà Nam", "Nam Định"],
  "thanh-hoa": ["Thanh Hóa"],
  "nghe-an": ["Nghệ An"],
  "ha-tinh": ["Hà Tĩnh"],
  "quang-tri": ["Quảng Trị", "Quảng Bình"],
  "quang-ngai": ["Quảng Ngãi", "Kon Tum"],
  "gia-lai": ["Gia Lai", "Bình Định"],
  "khanh-hoa": ["Khánh Hòa", "Ninh Thuận"],
  "lam-dong": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"],
  "dak-lak": ["Đắk Lắk", "Phú Yên"],
  "dong-nai": ["Đồng Nai", "Bình Phước"],
  "tay-ninh": ["Tây Ninh", "Long An"],
  "vinh-long": ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
  "dong-thap": ["Đồng Tháp", "Tiền Giang"],
  "ca-mau": ["Cà Mau", "Bạc Liêu"],
  "an-giang": ["An Giang", "Kiên Giang"],
};

// Spellings people actually type into forms and imported spreadsheets. Unaccented forms and
// "Hoà"/"Hòa" variants need no entry here: normalizeName already folds them together.
const SPELLINGS: Partial<Record<ProvinceCode, readonly string[]>> = {
  // Hà Tây was folded into Hà Nội in 2008 but still appears in older addresses and records.
  "ha-noi": ["Hà Tây", "HN"],
  "ho-chi-minh": ["HCM", "HCMC", "TPHCM", "Sài Gòn", "Bà Rịa Vũng Tàu", "BR-VT"],
  hue: ["Thừa Thiên - Huế"],
  "thai-nguyen": ["Bắc Cạn"],
  "dak-lak": ["Đắc Lắc"],
  "lam-dong": ["Đắc Nông"],
};

/**
 * A lookup key for a place name: "TP. Hồ Chí Minh" → "ho chi minh", "Tỉnh Bà Rịa - Vũng Tàu" → "ba ria vung tau".
 * Stripping marks rather than comparing accented text means "Hoà"/"Hòa" and "Thuỷ"/"Thủy" meet on one key.
 */
export function normalizeName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .replace(/^(?:(?:tinh|thanh pho|tp)\s+)+/, "");
}

function buildIndex(): Record<string, ProvinceCode> {
  const index: Record<string, ProvinceCode> = {};
  const add = (name: string, code: ProvinceCode) => {
    const key = normalizeName(name);
    const existing = index[key];
    // A key claimed by two units would silently misfile listings, so fail loudly at load time instead.
    if (existing && existing !== code) throw new Error(`Province key "${key}" maps to both ${existing} and ${code}`);
    index[key] = code;
  };
  for (const p of PROVINCES) {
    add(p.code, p.code);
    add(p.vi, p.code);
    add(p.en, p.code);
  }
  for (const code of PROVINCE_CODES) {
    for (const name of FORMER_UNITS[code]) add(name, code);
    for (const name of SPELLINGS[code] ?? []) add(name, code);
  }
  return index;
}

/** Every former provincial unit (the 63 before 1 July 2025) and common spellings → current code. */
export const FORMER_PROVINCES: Record<string, ProvinceCode> = buildIndex();

// Same keys with the spaces removed, so run-together spellings such as "Hanoi", "Saigon" or "Daklak" resolve.
const COMPACT_INDEX: Record<string, ProvinceCode> = Object.fromEntries(
  Object.entries(FORMER_PROVINCES).map(([key, code]) => [key.replace(/ /g, ""), code]),
);

function lookup(key: string): ProvinceCode | null {
  if (!key) return null;
  return FORMER_PROVINCES[key] ?? COMPACT_INDEX[key.replace(/ /g, "")] ?? null;
}

/** The current (post-1 July 2025) province for a code, a current or former name, or a common spelling; null if unknown. */
export function normalizeProvince(input: string): ProvinceCode | null {
  const trimmed = input.trim().toLowerCase();
  const exact = PROVINCE_CODES.find((code) => code === trimmed);
  if (exact) return exact;
  const key = normalizeName(input);
  // English forms often carry a trailing "City"/"Province" ("Can Tho City", "Long An Province").
  return lookup(key) ?? lookup(key.replace(/\s+(?:city|province)$/, ""));
}

const NATIONWIDE_NAMES = new Set(["toan quoc", "ca nuoc", "nationwide", "viet nam", "vietnam", "all provinces"]);

/** A listing's province: a current or former province, or the whole country ("Toàn quốc"). */
export function normalizeListingProvince(input: string): ListingProvinceCode | null {
  if (input.trim().toLowerCase() === NATIONWIDE.code || NATIONWIDE_NAMES.has(normalizeName(input))) return NATIONWIDE.code;
  return normalizeProvince(input);
}
