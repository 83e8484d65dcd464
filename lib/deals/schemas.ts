// Zod schemas of the deal inputs, shared by server actions and the API. Messages are keys
// under errors.fields.
import { z } from "zod";
import { DEAL_TYPES } from "@/lib/listings/constants";
import { parseVnd } from "@/lib/listings/money";
import { DEAL_EVENTS } from "./stages";
import { optionalText } from "@/lib/validation";

export const CLOSE_REASONS = ["NOT_A_FIT", "TOO_EARLY", "PRICE", "ALREADY_COMMITTED", "OTHER"] as const;
export type CloseReason = (typeof CLOSE_REASONS)[number];

/** The value a form sends for "the platform's standard NDA" instead of a template id. */
export const STANDARD_NDA_CHOICE = "standard";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const id = (key: string) => z.string(key).trim().min(1, key).max(50, key);
const int = (min: number, max: number, key: string) =>
  z.preprocess((v) => (v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v.trim()) : v), z.number(key).int(key).min(min, key).max(max, key));
const optionalInt = (min: number, max: number, key: string) =>
  z.preprocess((v) => (v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v.trim()) : v), z.number(key).int(key).min(min, key).max(max, key).optional());
const bool = z.preprocess((v) => v === true || v === "true" || v === "on" || v === "1", z.boolean());
const vnd = (key: string) =>
  z.unknown().optional().transform((v, ctx) => {
    const parsed = parseVnd(v);
    if (typeof parsed === "number") {
      ctx.addIssue({ code: "custom", message: key });
      return z.NEVER;
    }
    return parsed;
  });

/** The deal's version the actor saw; a stale one is refused with CONFLICT (reload). */
export const ZExpectedVersion = int(1, 1_000_000_000, "versionRequired");

export const ZExpressInterest = z.object({
  listingKind: z.enum(["offer", "challenge"], "listingRequired"),
  listingId: id("listingRequired"),
  message: z.string("interestMessageRequired").trim().min(1, "interestMessageRequired").max(2000, "tooLong"),
  dealType: z.preprocess(blankToUndefined, z.enum(DEAL_TYPES, "dealTypeInvalid").optional()),
  timing: optionalText(200),
  /** The organisation the actor speaks for, when it has several memberships. */
  organizationId: z.preprocess(blankToUndefined, id("organizationRequired").optional()),
});
export type ExpressInterestInput = z.infer<typeof ZExpressInterest>;

/** An intermediary opens a deal between the two sides of a pair it introduced. */
export const ZOpenDeal = z.object({
  offerId: id("idRequired"),
  challengeId: id("idRequired"),
  message: optionalText(2000),
});
export type OpenDealInput = z.infer<typeof ZOpenDeal>;

export const ZDealEventInput = z.object({
  event: z.enum(DEAL_EVENTS, "eventInvalid"),
  expectedVersion: ZExpectedVersion,
  reason: z.preprocess(blankToUndefined, z.enum(CLOSE_REASONS, "reasonRequired").optional()),
  note: optionalText(1000),
  /** On accept: the owner's NDA template, or "standard" (the default). */
  ndaTemplateId: z.preprocess(blankToUndefined, z.string().trim().max(50, "ndaTemplateInvalid").optional()),
  /** On agree: the proposal the actor saw as the latest. */
  proposalId: z.preprocess(blankToUndefined, id("idRequired").optional()),
});
export type DealEventInput = z.infer<typeof ZDealEventInput>;

export const ZAcceptNda = z.object({
  expectedVersion: ZExpectedVersion,
  /** SHA-256 of the text the partner was shown: accepting binds to exactly that text. */
  textSha256: z.string("ndaTextRequired").trim().regex(/^[0-9a-f]{64}$/, "ndaTextRequired"),
});
export type AcceptNdaInput = z.infer<typeof ZAcceptNda>;

export const ZPostMessage = z.object({
  body: z.string("messageRequired").trim().min(1, "messageRequired").max(5000, "tooLong"),
});
export type PostMessageInput = z.infer<typeof ZPostMessage>;

const ZMilestone = z.object({
  title: z.string("milestoneTitleRequired").trim().min(1, "milestoneTitleRequired").max(200, "tooLong"),
  dueInMonths: int(0, 600, "milestoneDueInvalid"),
  amountVnd: vnd("amountInvalid"),
});

/** Milestones as a JSON array, or as form lines "title | months | amount". */
const milestones = z.preprocess((v) => {
  if (v === undefined || v === null || v === "") return [];
  if (Array.isArray(v)) return v;
  if (typeof v !== "string") return v;
  const text = v.trim();
  if (text.startsWith("[")) {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const [title, months, amount] = line.split("|").map((x) => x.trim());
      return { title, dueInMonths: months, amountVnd: amount || undefined };
    });
}, z.array(ZMilestone, "milestonesInvalid").max(10, "tooMany"));

export const ZProposal = z
  .object({
    expectedVersion: ZExpectedVersion,
    dealType: z.enum(DEAL_TYPES, "dealTypeInvalid"),
    exclusive: bool.default(false),
    priceVnd: vnd("amountInvalid"),
    royaltyPct: z.preprocess(
      (v) => (v === "" || v === null || v === undefined ? undefined : typeof v === "string" ? Number(v.trim().replace(",", ".")) : v),
      z.number("royaltyInvalid").min(0, "royaltyInvalid").max(100, "royaltyInvalid").optional(),
    ),
    territory: z.string("territoryRequired").trim().min(1, "territoryRequired").max(200, "tooLong"),
    durationMonths: optionalInt(1, 600, "durationInvalid"),
    milestones,
    note: optionalText(2000),
  })
  .superRefine((v, ctx) => {
    if (v.priceVnd === null && v.royaltyPct === undefined) ctx.addIssue({ code: "custom", path: ["priceVnd"], message: "priceOrRoyaltyRequired" });
  });
export type ProposalInput = z.infer<typeof ZProposal>;

export const ZAgreeTerms = z.object({
  expectedVersion: ZExpectedVersion,
  /** The proposal the actor saw as the latest; it must still be the latest. */
  proposalId: z.preprocess(blankToUndefined, id("idRequired").optional()),
});
export type AgreeTermsInput = z.infer<typeof ZAgreeTerms>;

export const NDA_FILE_MAX_BYTES = 200 * 1024;

export const ZNdaTemplate = z.object({
  title: z.string("ndaTitleRequired").trim().min(3, "ndaTitleRequired").max(200, "tooLong"),
  body: z.string("ndaBodyRequired").trim().min(50, "ndaBodyRequired").max(NDA_FILE_MAX_BYTES, "tooLong"),
  organizationId: z.preprocess(blankToUndefined, id("organizationRequired").optional()),
});
export type NdaTemplateInput = z.infer<typeof ZNdaTemplate>;

export const ZDealListQuery = z.object({
  stage: z.preprocess(blankToUndefined, z.enum(["INTEREST", "NDA", "NEGOTIATION", "AGREED", "CONTRACTED", "WITHDRAWN", "DECLINED"], "stageInvalid").optional()),
});
