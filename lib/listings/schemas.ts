// Zod schemas for offers and challenges, shared by forms, server actions, the API and import.
// Messages are keys under errors.fields.
import { z } from "zod";
import { DEAL_TYPES, IP_STATUSES, LISTING_LANGUAGES, NUMBERED_IP } from "./constants";
import { parseVnd } from "./money";
import { optionalText } from "@/lib/validation";

const text = (min: number, max: number, requiredKey: string) =>
  z.string(requiredKey).trim().min(min, requiredKey).max(max, "tooLong");


/** A list from checkboxes, a multi-select, or one comma/newline-separated text. */
const list = <T extends z.ZodTypeAny>(item: T, max: number) =>
  z
    .preprocess((v) => {
      if (v === null || v === undefined || v === "") return [];
      if (Array.isArray(v)) return v.flatMap((x) => (typeof x === "string" ? x.split(/[,\n;]/) : [x])).map((x) => (typeof x === "string" ? x.trim() : x)).filter((x) => x !== "");
      return String(v).split(/[,\n;]/).map((x) => x.trim()).filter(Boolean);
    }, z.array(item).max(max, "tooMany"))
    .transform((xs) => [...new Set(xs)] as z.infer<T>[]);

const vnd = z.unknown().optional().transform((v, ctx) => {
  const parsed = parseVnd(v);
  if (typeof parsed === "number") {
    ctx.addIssue({ code: "custom", message: "amountInvalid" });
    return z.NEVER;
  }
  return parsed;
});

const int = (min: number, max: number, key: string) =>
  z.preprocess((v) => (v === "" || v === null || v === undefined ? undefined : Number(v)), z.number(key).int(key).min(min, key).max(max, key));

const bool = z.preprocess((v) => v === true || v === "true" || v === "on" || v === "1", z.boolean());

const date = z.preprocess(
  (v) => (v === "" || v === null || v === undefined ? null : v instanceof Date ? v : new Date(String(v))),
  z.date("dateInvalid").nullable(),
).refine((d) => d === null || !Number.isNaN(d.getTime()), "dateInvalid");

const common = {
  language: z.enum(LISTING_LANGUAGES, "languageRequired").default("vi"),
  title: text(5, 200, "titleRequired"),
  titleTranslated: optionalText(200),
  dealTypes: list(z.enum(DEAL_TYPES, "dealTypeInvalid"), DEAL_TYPES.length),
  fieldCodes: list(z.string().max(60), 5),
  sectorCodes: list(z.string().max(60), 5),
  // Province names, old or new, are mapped to the current unit in the data layer.
  province: z.string("provinceRequired").trim().min(1, "provinceRequired").max(80, "provinceRequired"),
  confidentialDetails: optionalText(10_000),
  externalRef: optionalText(100),
};

export const ZOfferInput = z
  .object({
    ...common,
    summary: text(20, 4000, "summaryRequired"),
    summaryTranslated: optionalText(4000),
    application: optionalText(2000),
    targetCustomers: optionalText(2000),
    marketSize: optionalText(2000),
    unitCost: optionalText(500),
    efficiencyGain: optionalText(1000),
    investmentNeeded: optionalText(1000),
    trl: int(1, 9, "trlInvalid"),
    ipStatus: z.enum(IP_STATUSES, "ipStatusInvalid").default("NONE"),
    patentNumbers: list(z.string().max(40, "tooLong"), 20),
    stateFunded: bool.default(false),
    askingPriceVnd: vnd,
    /** An intermediary listing on behalf of a lab names the lab here. */
    onBehalfOfOrganizationId: optionalText(50),
  })
  .superRefine((v, ctx) => {
    if (NUMBERED_IP.includes(v.ipStatus) && v.patentNumbers.length === 0) {
      ctx.addIssue({ code: "custom", path: ["patentNumbers"], message: "patentNumberRequired" });
    }
  });
export type OfferInput = z.infer<typeof ZOfferInput>;

export const ZChallengeInput = z
  .object({
    ...common,
    problem: text(20, 4000, "problemRequired"),
    problemTranslated: optionalText(4000),
    desiredOutcome: optionalText(2000),
    constraints: optionalText(2000),
    minTrl: int(1, 9, "trlInvalid").default(1),
    budgetMinVnd: vnd,
    budgetMaxVnd: vnd,
    deadline: date,
  })
  .superRefine((v, ctx) => {
    if (v.budgetMinVnd !== null && v.budgetMaxVnd !== null && v.budgetMinVnd > v.budgetMaxVnd) {
      ctx.addIssue({ code: "custom", path: ["budgetMaxVnd"], message: "budgetOrder" });
    }
  });
export type ChallengeInput = z.infer<typeof ZChallengeInput>;

/** What publishing adds to saving a draft: enough for a firm to judge the listing. */
export function publishProblems(v: { dealTypes: unknown[]; sectorCodes: unknown[] }): Record<string, string> {
  const out: Record<string, string> = {};
  if (v.dealTypes.length === 0) out.dealTypes = "dealTypeRequired";
  if (v.sectorCodes.length === 0) out.sectorCodes = "sectorRequired";
  return out;
}

export const ZListingId = z.object({ id: z.string().min(1).max(50) });

const SORTS = ["relevance", "newest", "deadline"] as const;

/** Search parameters, as they appear in the URL (so a search can be shared). */
export const ZListingSearch = z.object({
  q: z.string().trim().max(200).optional().catch(undefined),
  field: list(z.string().max(60), 11).catch([]),
  sector: list(z.string().max(60), 20).catch([]),
  deal: list(z.enum(DEAL_TYPES), DEAL_TYPES.length).catch([]),
  ip: list(z.enum(IP_STATUSES), IP_STATUSES.length).catch([]),
  province: list(z.string().max(60), 34).catch([]),
  orgKind: list(z.enum(["UNIVERSITY", "RESEARCH_INSTITUTE", "ENTERPRISE", "INTERMEDIARY", "GOVERNMENT_AGENCY"]), 5).catch([]),
  trlMin: int(1, 9, "trlInvalid").optional().catch(undefined),
  trlMax: int(1, 9, "trlInvalid").optional().catch(undefined),
  state: z.enum(["1"]).optional().catch(undefined),
  sort: z.enum(SORTS).optional().catch(undefined),
  page: int(1, 10_000, "pageInvalid").default(1).catch(1),
});
export type ListingSearch = z.infer<typeof ZListingSearch>;
export const PAGE_SIZE = 20;
