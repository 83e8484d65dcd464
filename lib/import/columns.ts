import { fold } from "@/lib/search/fold";

// Spreadsheet headers → input fields. Headers are matched folded (case, diacritics,
// spaces and punctuation ignored), in English or Vietnamese, as transfer offices write them.
const COMMON: Record<string, string[]> = {
  externalRef: ["external ref", "external reference", "ref", "ma tham chieu", "ma", "ma noi bo", "id"],
  language: ["language", "lang", "ngon ngu"],
  title: ["title", "tieu de", "ten", "ten cong nghe", "ten bai toan"],
  titleTranslated: ["title translated", "title en", "title vi", "tieu de dich", "tieu de tieng anh"],
  dealTypes: ["deal types", "deal type", "hinh thuc hop tac", "hinh thuc chuyen giao"],
  fieldCodes: ["fields", "field codes", "linh vuc", "linh vuc cong nghe"],
  sectorCodes: ["sectors", "sector codes", "nganh", "nganh ung dung"],
  province: ["province", "tinh", "tinh thanh", "tinh thanh pho", "dia phuong"],
  confidentialDetails: ["confidential details", "confidential", "thong tin mat"],
};

const OFFER: Record<string, string[]> = {
  ...COMMON,
  summary: ["summary", "tom tat", "mo ta"],
  summaryTranslated: ["summary translated", "summary en", "tom tat dich", "tom tat tieng anh"],
  application: ["application", "ung dung"],
  targetCustomers: ["target customers", "customers", "khach hang", "khach hang muc tieu"],
  marketSize: ["market size", "quy mo thi truong", "thi truong"],
  unitCost: ["unit cost", "price range", "chi phi", "gia thanh"],
  efficiencyGain: ["efficiency gain", "expected efficiency", "hieu qua", "hieu qua du kien"],
  investmentNeeded: ["investment needed", "investment", "von dau tu", "von can thiet"],
  trl: ["trl", "muc san sang cong nghe"],
  ipStatus: ["ip status", "ip", "so huu tri tue", "tinh trang so huu tri tue"],
  patentNumbers: ["patent numbers", "patents", "so bang", "so don", "so bang so don"],
  stateFunded: ["state funded", "ngan sach nha nuoc", "nhiem vu ngan sach"],
  askingPriceVnd: ["asking price", "asking price vnd", "price", "gia chao", "gia chao vnd"],
  onBehalfOfOrganization: ["on behalf of", "lab", "owner", "vien truong", "don vi so huu", "thay mat"],
};

const CHALLENGE: Record<string, string[]> = {
  ...COMMON,
  problem: ["problem", "van de", "mo ta van de"],
  problemTranslated: ["problem translated", "problem en", "van de dich"],
  desiredOutcome: ["desired outcome", "ket qua mong muon"],
  constraints: ["constraints", "rang buoc"],
  minTrl: ["min trl", "minimum trl", "trl toi thieu", "trl"],
  budgetMinVnd: ["budget min", "budget min vnd", "ngan sach tu"],
  budgetMaxVnd: ["budget max", "budget max vnd", "ngan sach den"],
  deadline: ["deadline", "han chot"],
};

const key = (header: string) => fold(header).replace(/[^a-z0-9]+/g, "");

/** Field name for each column (null for a column Helix does not know), for offers or challenges. */
export function mapColumns(headers: string[], kind: "offer" | "challenge"): (string | null)[] {
  const table = kind === "offer" ? OFFER : CHALLENGE;
  const lookup = new Map<string, string>();
  for (const [field, aliases] of Object.entries(table)) {
    lookup.set(key(field), field);
    for (const a of aliases) lookup.set(key(a), field);
  }
  return headers.map((h) => lookup.get(key(h)) ?? null);
}

/** The template's header row (English field names, which also map back). */
export function templateHeaders(kind: "offer" | "challenge"): string[] {
  return Object.keys(kind === "offer" ? OFFER : CHALLENGE);
}
