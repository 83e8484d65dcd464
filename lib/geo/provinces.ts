// The 34 provincial-level units in force since 1 July 2025 (Resolution 202/2025/QH15):
// 6 centrally-run cities and 28 provinces. Stored by code; names for display.
export const PROVINCES = [
  { code: "ha-noi", vi: "Hà Nội", en: "Hanoi" },
  { code: "hue", vi: "Huế", en: "Hue" },
  { code: "hai-phong", vi: "Hải Phòng", en: "Hai Phong" },
  { code: "da-nang", vi: "Đà Nẵng", en: "Da Nang" },
  { code: "ho-chi-minh", vi: "TP. Hồ Chí Minh", en: "Ho Chi Minh City" },
  { code: "can-tho", vi: "Cần Thơ", en: "Can Tho" },
  { code: "tuyen-quang", vi: "Tuyên Quang", en: "Tuyen Quang" },
  { code: "cao-bang", vi: "Cao Bằng", en: "Cao Bang" },
  { code: "lai-chau", vi: "Lai Châu", en: "Lai Chau" },
  { code: "lao-cai", vi: "Lào Cai", en: "Lao Cai" },
  { code: "thai-nguyen", vi: "Thái Nguyên", en: "Thai Nguyen" },
  { code: "dien-bien", vi: "Điện Biên", en: "Dien Bien" },
  { code: "lang-son", vi: "Lạng Sơn", en: "Lang Son" },
  { code: "son-la", vi: "Sơn La", en: "Son La" },
  { code: "phu-tho", vi: "Phú Thọ", en: "Phu Tho" },
  { code: "bac-ninh", vi: "Bắc Ninh", en: "Bac Ninh" },
  { code: "quang-ninh", vi: "Quảng Ninh", en: "Quang Ninh" },
  { code: "hung-yen", vi: "Hưng Yên", en: "Hung Yen" },
  { code: "ninh-binh", vi: "Ninh Bình", en: "Ninh Binh" },
  { code: "thanh-hoa", vi: "Thanh Hóa", en: "Thanh Hoa" },
  { code: "nghe-an", vi: "Nghệ An", en: "Nghe An" },
  { code: "ha-tinh", vi: "Hà Tĩnh", en: "Ha Tinh" },
  { code: "quang-tri", vi: "Quảng Trị", en: "Quang Tri" },
  { code: "quang-ngai", vi: "Quảng Ngãi", en: "Quang Ngai" },
  { code: "gia-lai", vi: "Gia Lai", en: "Gia Lai" },
  { code: "khanh-hoa", vi: "Khánh Hòa", en: "Khanh Hoa" },
  { code: "lam-dong", vi: "Lâm Đồng", en: "Lam Dong" },
  { code: "dak-lak", vi: "Đắk Lắk", en: "Dak Lak" },
  { code: "dong-nai", vi: "Đồng Nai", en: "Dong Nai" },
  { code: "tay-ninh", vi: "Tây Ninh", en: "Tay Ninh" },
  { code: "vinh-long", vi: "Vĩnh Long", en: "Vinh Long" },
  { code: "dong-thap", vi: "Đồng Tháp", en: "Dong Thap" },
  { code: "ca-mau", vi: "Cà Mau", en: "Ca Mau" },
  { code: "an-giang", vi: "An Giang", en: "An Giang" },
] as const;

export type ProvinceCode = (typeof PROVINCES)[number]["code"];

export const PROVINCE_CODES = PROVINCES.map((p) => p.code) as [ProvinceCode, ...ProvinceCode[]];

/**
 * Not a province: a listing that concerns the whole country ("Toàn quốc"). Listings may use
 * it; organisations may not (they have an address).
 */
export const NATIONWIDE = { code: "toan-quoc", vi: "Toàn quốc", en: "Nationwide" } as const;
export type ListingProvinceCode = ProvinceCode | typeof NATIONWIDE.code;
export const isNationwide = (code: string) => code === NATIONWIDE.code;

export function provinceName(code: string, locale: string): string {
  const p = code === NATIONWIDE.code ? NATIONWIDE : PROVINCES.find((x) => x.code === code);
  if (!p) return code;
  return locale === "en" ? p.en : p.vi;
}
