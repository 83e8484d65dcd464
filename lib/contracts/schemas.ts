// Zod schemas of transfer contracts, shared by the forms, server actions and the API.
// Form fields arrive as strings (amounts with grouping, "on" checkboxes, milestone rows as
// `milestones.<i>.<field>`); the API may send numbers and arrays. Messages are keys under
// errors.fields; `contractFieldErrors` names milestone fields "milestones.<i>.<field>".
import { z } from "zod";
import { parseVnd } from "@/lib/listings/money";
import { dateFromIso, normalizeIsoDate, todayIso } from "./dates";
import { parseDecimal, vndMatchesForeign } from "./decimal";
import { deriveDirection } from "./direction";
import { optionalText } from "@/lib/validation";

export const CONTRACT_TYPES = [
  "LICENSE_EXCLUSIVE",
  "LICENSE_NON_EXCLUSIVE",
  "ASSIGNMENT",
  "CO_RESEARCH",
  "COMMISSIONED_RESEARCH",
  "KNOW_HOW",
  "SPIN_OFF",
  "EQUIPMENT_SHARING",
  "EXPERT_SECONDMENT",
] as const;
export type ContractType = (typeof CONTRACT_TYPES)[number];
export const MAX_MILESTONES = 20;
const MILESTONE_FIELDS = ["title", "dueDate", "amountVnd"] as const;

const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");


const optionalId = z
  .string()
  .trim()
  .max(50, "idRequired")
  .nullish()
  .transform((v) => (v ? v : null));

const vnd = (requiredKey: string | null) =>
  z.unknown().optional().transform((v, ctx) => {
    const parsed = parseVnd(v);
    if (typeof parsed === "number") {
      ctx.addIssue({ code: "custom", message: "amountInvalid" });
      return z.NEVER;
    }
    if (parsed === null && requiredKey) {
      ctx.addIssue({ code: "custom", message: requiredKey });
      return z.NEVER;
    }
    return parsed;
  });

const decimal = (maxDecimals: number, key: string) =>
  z.unknown().optional().transform((v, ctx) => {
    const parsed = parseDecimal(v, maxDecimals);
    if (typeof parsed === "number") {
      ctx.addIssue({ code: "custom", message: key });
      return z.NEVER;
    }
    return parsed;
  });

/** A calendar date "YYYY-MM-DD" → Date at UTC midnight; null when empty. */
const date = (requiredKey: string | null) =>
  z.unknown().optional().transform((v, ctx) => {
    if (blank(v)) {
      if (requiredKey) {
        ctx.addIssue({ code: "custom", message: requiredKey });
        return z.NEVER;
      }
      return null;
    }
    const iso = normalizeIsoDate(v);
    if (!iso) {
      ctx.addIssue({ code: "custom", message: "dateInvalid" });
      return z.NEVER;
    }
    return dateFromIso(iso);
  });

const int = (min: number, max: number, key: string) =>
  z.preprocess((v) => (blank(v) ? null : Number(v)), z.number(key).int(key).min(min, key).max(max, key).nullable());

const bool = z.preprocess((v) => v === true || v === "true" || v === "on" || v === "1", z.boolean());

const country = z.preprocess(
  (v) => (blank(v) ? null : typeof v === "string" ? v.trim().toUpperCase() : v),
  z.string("countryInvalid").regex(/^[A-Z]{2}$/, "countryInvalid").nullable(),
);

const currency = z.preprocess(
  (v) => (blank(v) ? null : typeof v === "string" ? v.trim().toUpperCase() : v),
  z.string("currencyInvalid").regex(/^[A-Z]{3}$/, "currencyInvalid").refine((c) => c !== "VND", "currencyNotVnd").nullable(),
);

/** The terms of a contract: what one version holds. */
const terms = {
  title: z.string("titleRequired").trim().min(3, "titleRequired").max(200, "tooLong"),
  type: z.enum(CONTRACT_TYPES, "contractTypeRequired"),
  supplierOrgId: optionalId,
  supplierName: optionalText(200),
  supplierCountry: country,
  recipientOrgId: optionalId,
  recipientName: optionalText(200),
  recipientCountry: country,
  valueVnd: vnd("valueRequired"),
  currency,
  foreignAmount: decimal(2, "foreignAmountInvalid"),
  exchangeRate: decimal(6, "exchangeRateInvalid"),
  rateDate: date(null),
  signedAt: date("signedAtRequired"),
  termMonths: int(1, 1200, "termInvalid"),
  royaltyPct: decimal(3, "royaltyInvalid"),
  royaltyNote: optionalText(1000),
  stateFunded: bool.default(false),
  registrationNumber: optionalText(100),
  registrationDate: date(null),
};

type Terms = z.infer<z.ZodObject<typeof terms>>;

/** The rules between fields of the terms; each problem lands on the field to fix. */
function checkTerms(v: Terms, ctx: z.RefinementCtx, opts: { partiesFromDeal?: boolean } = {}) {
  const issue = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
  for (const side of ["supplier", "recipient"] as const) {
    if (v[`${side}OrgId`] || opts.partiesFromDeal) continue;
    if (!v[`${side}Name`]) issue(`${side}Name`, "partyRequired");
    if (!v[`${side}Country`]) issue(`${side}Country`, "countryRequired");
  }
  // With platform organisations the countries are known only in the data layer, which checks again.
  if (!v.supplierOrgId && !v.recipientOrgId && v.supplierCountry && v.recipientCountry && !deriveDirection(v.supplierCountry, v.recipientCountry)) {
    issue("recipientCountry", "bothPartiesAbroad");
  }
  if (v.signedAt && v.signedAt.getTime() > dateFromIso(todayIso()).getTime()) issue("signedAt", "signedAtFuture");
  if (v.currency) {
    if (!v.foreignAmount) issue("foreignAmount", "foreignAmountRequired");
    if (!v.exchangeRate) issue("exchangeRate", "exchangeRateRequired");
    else if (/^0(\.0*)?$/.test(v.exchangeRate)) issue("exchangeRate", "exchangeRateInvalid");
    if (!v.rateDate) issue("rateDate", "rateDateRequired");
    if (v.foreignAmount && v.exchangeRate && v.valueVnd !== null && !vndMatchesForeign(v.valueVnd, v.foreignAmount, v.exchangeRate)) {
      issue("valueVnd", "valueMismatch");
    }
  } else if (v.foreignAmount || v.exchangeRate || v.rateDate) {
    issue("currency", "currencyRequired");
  }
  if (v.royaltyPct !== null && Number(v.royaltyPct) > 100) issue("royaltyPct", "royaltyInvalid");
  if (v.registrationNumber && !v.registrationDate) issue("registrationDate", "registrationPair");
  if (!v.registrationNumber && v.registrationDate) issue("registrationNumber", "registrationPair");
}

const ZMilestone = z.object({
  title: z.string("milestoneTitleRequired").trim().min(1, "milestoneTitleRequired").max(200, "tooLong"),
  dueDate: date("dueDateRequired"),
  amountVnd: vnd(null),
});

/**
 * Form rows (`milestones.0.title`, …) into an array; rows left entirely empty are dropped,
 * so a form can always offer spare rows. An API array passes through (empty rows dropped too).
 */
function normalizeMilestones(input: unknown): unknown {
  if (!input || typeof input !== "object" || Array.isArray(input)) return input;
  const obj = input as Record<string, unknown>;
  let rows: unknown[];
  if (Array.isArray(obj.milestones)) rows = obj.milestones;
  else {
    const byIndex = new Map<number, Record<string, unknown>>();
    for (const [key, value] of Object.entries(obj)) {
      const m = /^milestones\.(\d+)\.(\w+)$/.exec(key);
      if (!m || !(MILESTONE_FIELDS as readonly string[]).includes(m[2]!)) continue;
      const i = Number(m[1]);
      byIndex.set(i, { ...byIndex.get(i), [m[2]!]: value });
    }
    rows = [...byIndex.entries()].sort(([a], [b]) => a - b).map(([, row]) => row);
  }
  const kept = rows.filter((r) => !(r && typeof r === "object" && MILESTONE_FIELDS.every((f) => blank((r as Record<string, unknown>)[f]))));
  return { ...obj, milestones: kept };
}

export const ZCreateContract = z.preprocess(
  normalizeMilestones,
  z
    .object({
      ...terms,
      /** A random UUID rendered into the form (or the API's Idempotency-Key header). */
      idempotencyKey: z.string("idempotencyKeyRequired").trim().min(8, "idempotencyKeyRequired").max(100, "idempotencyKeyRequired"),
      /** From an AGREED deal: the deal and the version the form was rendered with. */
      dealId: optionalId,
      dealVersion: int(1, 1_000_000, "versionRequired"),
      /** Direct entry: the intermediary recording it (chooses among the actor's; admins may name one). */
      intermediaryOrgId: optionalId,
      milestones: z.array(ZMilestone, "milestoneRequired").min(1, "milestoneRequired").max(MAX_MILESTONES, "tooMany"),
    })
    .superRefine((v, ctx) => {
      // A deal names the parties; the data layer takes them from it.
      checkTerms(v, ctx, { partiesFromDeal: Boolean(v.dealId) });
      if (v.dealId && v.dealVersion === null) ctx.addIssue({ code: "custom", path: ["dealVersion"], message: "versionRequired" });
      const sum = v.milestones.reduce((s, m) => s + (m.amountVnd ?? 0n), 0n);
      if (v.valueVnd !== null && sum > v.valueVnd) ctx.addIssue({ code: "custom", path: ["milestones"], message: "milestonesExceedValue" });
    }),
);
export type CreateContract = z.infer<typeof ZCreateContract>;

export const ZCorrectContract = z
  .object({
    ...terms,
    reason: z.string("correctionReasonRequired").trim().min(3, "correctionReasonRequired").max(1000, "tooLong"),
    expectedVersion: z.preprocess((v) => (blank(v) ? undefined : Number(v)), z.number("contractVersionRequired").int("contractVersionRequired").min(1, "contractVersionRequired")),
  })
  .superRefine((v, ctx) => checkTerms(v, ctx));
export type CorrectContract = z.infer<typeof ZCorrectContract>;

export const ZCompleteMilestone = z.object({
  evidence: z.string("evidenceRequired").trim().min(1, "evidenceRequired").max(2000, "tooLong"),
});
export type CompleteMilestone = z.infer<typeof ZCompleteMilestone>;

/** Field → message key; nested fields joined with dots ("milestones.2.dueDate"). */
export function contractFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "form";
    out[key] ??= /^[a-z][A-Za-z0-9]*$/.test(issue.message) ? issue.message : "invalidValue";
  }
  return out;
}

/** The contract type for agreed deal terms. */
export function contractTypeFor(dealType: string, exclusive: boolean): ContractType {
  if (dealType === "LICENSE") return exclusive ? "LICENSE_EXCLUSIVE" : "LICENSE_NON_EXCLUSIVE";
  return (CONTRACT_TYPES as readonly string[]).includes(dealType) ? (dealType as ContractType) : "KNOW_HOW";
}
